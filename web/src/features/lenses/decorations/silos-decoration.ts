import { humanize } from '../../../lib/domain';
import type { LegendItem, LensDecoration } from '../../../lib/lens-decoration';
import { groupColour, OKABE_ITO } from '../../../lib/palette';
import type { SilosAnswer } from '../lens-answers';
import { formatEi } from '../lists/lens-words';

/** Silos lens: colour by Louvain community; the legend gives each community's make-up and E–I index. */
export function silosDecoration(silos: SilosAnswer): LensDecoration {
  const nodeColour = new Map<string, string>();
  const nodeFacts = new Map<string, string[]>();
  silos.communities.forEach((community, index) => {
    const fact = [
      `Community ${index + 1} of ${silos.communities.length}: ${community.size} actors, ${formatEi(community.eiIndex)}`,
    ];
    for (const id of community.actorIds) {
      nodeColour.set(id, groupColour(index));
      nodeFacts.set(id, fact);
    }
  });
  const shown = silos.communities.slice(0, OKABE_ITO.length);
  const legend: LegendItem[] = shown.map((community, index) => ({
    label: `Community ${index + 1} · ${community.size} actors`,
    colour: groupColour(index),
    shape: 'dot',
    detail: `mostly ${humanize(community.dominantTier.value)}, ${humanize(community.dominantSector.value)}${
      community.dominantCountry ? `, ${community.dominantCountry.value}` : ''
    } · ${formatEi(community.eiIndex)}`,
  }));
  if (silos.communities.length > shown.length)
    legend.push({
      label: `${silos.communities.length - shown.length} smaller communities`,
      colour: '#9a9a9a',
      shape: 'dot',
    });
  legend.push(
    ...silos.tiers.map((tier) => ({
      label: `${humanize(tier.group)} tier`,
      colour: 'transparent',
      shape: 'line' as const,
      detail: formatEi(tier.eiIndex),
    })),
  );
  return {
    nodeColour,
    nodeFacts,
    greyOthers: true,
    legend,
    note: `${silos.communities.length} communities, ${silos.componentCount} components, modularity ${silos.modularity.toFixed(2)}. E–I near −1 is a silo.`,
  };
}
