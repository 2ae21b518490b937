import { humanize, type Sector } from '../../../lib/domain';
import type { ExtraEdge, LensDecoration } from '../../../lib/lens-decoration';
import { SECTOR_COLOURS } from '../../../lib/palette';
import type { GapsAnswer } from '../api/get-gaps';

/**
 * Gaps lens: actors on the theme keep their sector colour, the rest turn grey; each vertical gap is a
 * ghost edge between the two tier bands (the map spreads them across its width, so that several gaps
 * stay distinct), and each suggested link across it a dashed edge.
 */
export function gapsDecoration(
  gaps: GapsAnswer,
  themeLabel: string,
  sectorOf: (id: string) => Sector | undefined,
): LensDecoration {
  const nodeColour = new Map<string, string>();
  for (const presence of gaps.tiersPresent)
    for (const id of presence.actorIds) nodeColour.set(id, SECTOR_COLOURS[sectorOf(id) ?? 'GOVERNMENT']);
  const extraEdges: ExtraEdge[] = [];
  const gapPairs = gaps.pairs.filter((pair) => pair.isGap);
  for (const pair of gapPairs) {
    const [lower, upper] = [humanize(pair.lowerTier).toLowerCase(), humanize(pair.upperTier).toLowerCase()];
    const count = (n: number, tier: string) => `${n} ${tier} actor${n === 1 ? '' : 's'}`;
    const suggested = pair.suggestedLinks.length;
    extraEdges.push({
      id: `ghost-${pair.lowerTier}-${pair.upperTier}`,
      source: `tier-${pair.lowerTier}`,
      target: `tier-${pair.upperTier}`,
      kind: 'ghost',
      label: `gap: ${humanize(pair.lowerTier)} ↔ ${humanize(pair.upperTier)}`,
      reasons: [
        `No cooperative tie on ${themeLabel} between the ${count(pair.lowerActorIds.length, lower)} and the ${count(pair.upperActorIds.length, upper)} working on it.`,
        suggested
          ? `${suggested} suggested link${suggested === 1 ? '' : 's'} across it, drawn dashed.`
          : 'No link across it to suggest.',
      ],
    });
    for (const link of pair.suggestedLinks)
      extraEdges.push({
        id: `suggest-${link.sourceId}-${link.targetId}`,
        source: link.sourceId,
        target: link.targetId,
        kind: 'suggestion',
        reasons: link.reasons,
        score: link.score,
      });
  }
  return {
    nodeColour,
    greyOthers: true,
    extraEdges,
    legend: [
      { label: `Works on ${themeLabel}`, colour: '#0072B2', shape: 'dot', detail: 'sector colours' },
      { label: 'Not on this theme', colour: '#c4c8cf', shape: 'dot' },
      { label: 'Missing vertical link (gap)', colour: '#D55E00', shape: 'ghost' },
      { label: 'Suggested link', colour: '#009E73', shape: 'dashed' },
    ],
    note: gapPairs.length
      ? `${gapPairs.length} vertical gap${gapPairs.length > 1 ? 's' : ''} on ${themeLabel}: ${gapPairs
          .map((pair) => `${humanize(pair.lowerTier)} ↔ ${humanize(pair.upperTier)}`)
          .join(', ')}.`
      : `No vertical gap on ${themeLabel}: every adjacent pair of tiers present has a cooperative tie.`,
  };
}
