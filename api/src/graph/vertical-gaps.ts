import type { GraphData } from './analytics-graph';
import { describeLink } from './link-reasons';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import { buildLinkScoringContext, scoreLink } from './link-scoring';
import type { LinkSuggestion } from './link-suggestions';
import { compareLinkScores } from './link-suggestions';
import type { TierPairCheck, TierPresence } from './tier-gaps';
import { findTierGaps } from './tier-gaps';
import type { CrossBorder, TierSystemKind } from './national-systems';
import { systemSubgraph } from './national-systems';

export interface VerticalGap extends TierPairCheck {
  /** The system the pair is checked in: one country's (the default), or several read together on request. */
  systemKind: TierSystemKind;
  /** Its country, or its countries, sorted: every answer names where it holds. */
  countries: string[];
  /** Best unlinked pairs across the gap, highest link score first. */
  suggestedLinks: LinkSuggestion[];
}

export interface VerticalGapsResult {
  theme: string;
  /** Tiers with actors on the theme, whatever their system. */
  tiersPresent: TierPresence[];
  /** Every tier pair checked in every system, by system then tier, gaps and tied pairs alike; only gaps carry suggestions. */
  pairs: VerticalGap[];
}

export interface VerticalGapOptions {
  /** Suggestions per gap; 3 unless given. */
  suggestionsPerGap?: number;
  /** Actors per side considered for suggestions, most connected first; 300 unless given. */
  maxActorsPerSide?: number;
  seed?: number;
  /** Read tiers across borders (a corridor, or every country); each country's system on its own when absent. */
  crossBorder?: CrossBorder | null;
}

/**
 * Vertical gaps on a theme (PRODUCT.md §4.3), per national system (§10, `tierSystems`): in each
 * country's system, every tier pair the rule of `findTierGaps` checks (adjacent tiers both present,
 * and local ↔ national when no regional actor is on the theme), and for each pair without a
 * cooperative tie on the theme the actors on both sides and the best links across it by the link
 * score (Adamic & Adar 2003 and the other components of `scoreLink`). A city of one country is thus
 * never paired with a region of another, unless `crossBorder` reads several countries as one system.
 * Pairs already joined by any relation are not suggested. Sides are capped at the `maxActorsPerSide`
 * most connected actors so a large theme stays a bounded number of pair scores.
 */
export function verticalGaps(
  data: Readonly<GraphData>,
  theme: string,
  options: Readonly<VerticalGapOptions> = {},
  context: LinkScoringContext = buildLinkScoringContext(data, {
    seed: options.seed ?? 1,
    crossBorder: options.crossBorder ?? null,
  }),
): VerticalGapsResult {
  const perGap = options.suggestionsPerGap ?? 3;
  const cap = options.maxActorsPerSide ?? 300;
  const degree = (id: string): number => context.neighbours.get(id)?.size ?? 0;
  const mostConnected = (ids: readonly string[]): string[] =>
    [...ids].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)).slice(0, cap);

  const pairs = context.systems.flatMap((system) =>
    findTierGaps(systemSubgraph(data, system), theme).pairs.map((pair) => ({
      ...pair,
      systemKind: system.kind,
      countries: system.countries,
    })),
  );
  return {
    theme,
    tiersPresent: findTierGaps(data, theme).tiersPresent,
    pairs: pairs.map((pair): VerticalGap => {
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
