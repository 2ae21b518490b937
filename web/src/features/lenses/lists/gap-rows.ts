import { humanize } from '../../../lib/domain';
import type { GapsAnswer, TierPairAnswer } from '../lens-answers';
import { countOf, systemWords, type LensWords } from './lens-words';
import { linkRows, type LinkRow } from './link-rows';

/** One side of a gap: the tier and the actors on the theme in it, by name. */
export interface GapSide {
  tier: string;
  actors: { id: string; name: string }[];
}

/** A vertical gap on a theme as a list row: both sides and the ranked links that would close it. */
export interface GapRow {
  /** The id of its ghost edge on the map. */
  id: string;
  lowerTier: string;
  upperTier: string;
  title: string;
  summary: string;
  lower: GapSide;
  upper: GapSide;
  connectors: LinkRow[];
}

/** The map's id for the ghost edge of a gap: one per tier pair and system (country). */
export const gapId = (pair: Pick<TierPairAnswer, 'lowerTier' | 'upperTier' | 'countries'>) =>
  `ghost-${pair.countries.join('-')}-${pair.lowerTier}-${pair.upperTier}`;

const side = (tier: string, ids: readonly string[], words: LensWords): GapSide => ({
  tier: humanize(tier),
  actors: ids.map((id) => ({ id, name: words.actorName(id) })).sort((a, b) => a.name.localeCompare(b.name)),
});

/**
 * The gaps of a theme, in the API's order (by national system, then lower tier first), each named by
 * its tiers and country, with its sides named and its connectors.
 */
export function gapRows(gaps: GapsAnswer, words: LensWords): GapRow[] {
  const theme = words.themeLabel(gaps.theme);
  return gaps.pairs
    .filter((pair) => pair.isGap)
    .map((pair) => {
      const [lower, upper] = [
        side(pair.lowerTier, pair.lowerActorIds, words),
        side(pair.upperTier, pair.upperActorIds, words),
      ];
      const tiers = (s: GapSide) => countOf(s.actors.length, `${s.tier.toLowerCase()} actor`);
      return {
        id: gapId(pair),
        lowerTier: pair.lowerTier,
        upperTier: pair.upperTier,
        title: `${lower.tier} ↔ ${upper.tier} ${systemWords(pair, words)}`,
        summary: `No cooperative tie on ${theme} ${systemWords(pair, words)} between the ${tiers(lower)} and the ${tiers(upper)} working on it.`,
        lower,
        upper,
        connectors: linkRows(pair.suggestedLinks, words),
      };
    });
}
