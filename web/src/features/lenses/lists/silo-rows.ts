import { humanize } from '../../../lib/domain';
import type { SilosAnswer } from '../lens-answers';
import { formatEi, percent, type LensWords } from './lens-words';

/** A Louvain community as a list row: its size, E–I index and what it is mostly made of. */
export interface SiloRow {
  /** The community's number in the lens (1 for the largest), as its legend and hover card give it. */
  number: number;
  title: string;
  size: number;
  ei: string;
  /** True when E–I is −0.5 or lower: most of its ties stay inside. */
  closed: boolean;
  mostly: string;
  actorIds: readonly string[];
}

/**
 * The communities in the API's order (largest first), leaving out single actors without a cooperative
 * tie: they are communities of one only by definition. The number is the community's place in the
 * API's list, so that it matches the map's colours and hover cards.
 */
export function siloRows(silos: SilosAnswer, words: LensWords): SiloRow[] {
  return silos.communities
    .map((community, index) => ({ community, number: index + 1 }))
    .filter(({ community }) => community.size > 1)
    .map(({ community, number }) => {
      const parts = [
        `${humanize(community.dominantTier.value)} ${percent(community.dominantTier.share)}`,
        `${humanize(community.dominantSector.value)} ${percent(community.dominantSector.share)}`,
      ];
      if (community.dominantCountry)
        parts.push(`${words.countryName(community.dominantCountry.value)} ${percent(community.dominantCountry.share)}`);
      return {
        number,
        title: `Community ${number}`,
        size: community.size,
        ei: formatEi(community.eiIndex),
        closed: community.eiIndex !== null && community.eiIndex <= -0.5,
        mostly: `Mostly ${parts.join(', ')}`,
        actorIds: community.actorIds,
      };
    });
}
