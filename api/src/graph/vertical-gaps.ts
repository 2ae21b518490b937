import type { GraphData } from './analytics-graph';
import { describeLink } from './link-reasons';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import { buildLinkScoringContext, scoreLink } from './link-scoring';
import type { LinkSuggestion } from './link-suggestions';
import { compareLinkScores } from './link-suggestions';
import type { TierPairCheck, TierPresence } from './tier-gaps';
import { findTierGaps } from './tier-gaps';

export interface VerticalGap extends TierPairCheck {
  /** Best unlinked pairs across the gap, highest link score first. */
  suggestedLinks: LinkSuggestion[];
}

export interface VerticalGapsResult {
  theme: string;
  tiersPresent: TierPresence[];
  /** Every tier pair checked, gaps and tied pairs alike; only gaps carry suggestions. */
  pairs: VerticalGap[];
}

export interface VerticalGapOptions {
  /** Suggestions per gap; 3 unless given. */
  suggestionsPerGap?: number;
  /** Actors per side considered for suggestions, most connected first; 300 unless given. */
  maxActorsPerSide?: number;
  seed?: number;
}

/**
 * Vertical gaps on a theme (PRODUCT.md §4.3): the tiers with actors on it, every tier pair the rule of
 * `findTierGaps` checks (adjacent tiers both present, and local ↔ national when no regional actor is on
 * the theme), and for each pair without a cooperative tie on the theme the actors on both sides and
 * the best links across it by the link score (Adamic & Adar 2003 and the other components of
 * `scoreLink`). Pairs already joined by any relation are not suggested. Sides are capped at the
 * `maxActorsPerSide` most connected actors so a large theme stays a bounded number of pair scores.
 */
export function verticalGaps(
  data: Readonly<GraphData>,
  theme: string,
  options: Readonly<VerticalGapOptions> = {},
  context: LinkScoringContext = buildLinkScoringContext(data, { seed: options.seed ?? 1 }),
): VerticalGapsResult {
  const perGap = options.suggestionsPerGap ?? 3;
  const cap = options.maxActorsPerSide ?? 300;
  const degree = (id: string): number => context.neighbours.get(id)?.size ?? 0;
  const mostConnected = (ids: readonly string[]): string[] =>
    [...ids].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)).slice(0, cap);

  const gaps = findTierGaps(data, theme);
  return {
    theme,
    tiersPresent: gaps.tiersPresent,
    pairs: gaps.pairs.map((pair): VerticalGap => {
      if (!pair.isGap) return { ...pair, suggestedLinks: [] };
      const scores: LinkScore[] = [];
      for (const lower of mostConnected(pair.lowerActorIds)) {
        for (const upper of mostConnected(pair.upperActorIds)) {
          if (!context.linked.get(lower)?.has(upper)) scores.push(scoreLink(context, lower, upper));
        }
      }
      const suggestedLinks = scores
        .sort(compareLinkScores)
        .slice(0, perGap)
        .map((score) => ({ ...score, reasons: describeLink(context, score) }));
      return { ...pair, suggestedLinks };
    }),
  };
}
