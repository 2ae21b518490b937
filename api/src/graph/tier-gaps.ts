import type { GraphData } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { isCooperative, TIERS } from '../domain/vocabulary';
import { actorsByTheme, relationsByTheme } from './relation-themes';
import { pushTo } from './push-to';

export interface TierPresence {
  tier: Tier;
  /** Actors of this tier whose themes include the theme, in id order. */
  actorIds: string[];
}

export interface TierPairCheck {
  lowerTier: Tier;
  upperTier: Tier;
  /** ADJACENT: neighbouring tiers; LOCAL_NATIONAL: local ↔ national because no regional actor is on the theme. */
  rule: 'ADJACENT' | 'LOCAL_NATIONAL';
  lowerActorIds: string[];
  upperActorIds: string[];
  /** Cooperative relations on the theme between an actor of one side and an actor of the other. */
  relationIds: string[];
  isGap: boolean;
}

export interface ThemeTierGaps {
  theme: string;
  /** Tiers with at least one actor on the theme, in tier order. */
  tiersPresent: TierPresence[];
  /** Every tier pair the rule checks, in tier order; `isGap` marks those without a tie. */
  pairs: TierPairCheck[];
}

/**
 * Which tier pairs lack a cooperative tie on a theme (PRODUCT.md §4.3). An actor is on theme t when
 * its themes include t. The pairs checked are the adjacent tiers (LOCAL–REGIONAL, REGIONAL–NATIONAL,
 * NATIONAL–SUPRANATIONAL, SUPRANATIONAL–GLOBAL) where both have actors on t, plus LOCAL–NATIONAL when
 * both have actors and REGIONAL has none — the usual case where no regional layer exists at all. A
 * pair is a gap when no cooperative relation on t joins an actor on t of one tier to one of the other;
 * a relation is on t when its themes include t, or it has no themes and both ends work on t.
 */
export function findTierGaps(data: Readonly<GraphData>, theme: string): ThemeTierGaps {
  const actors = indexActors(data);
  const byTier = new Map<Tier, string[]>();
  for (const actor of actorsByTheme(data).get(theme) ?? []) pushTo(byTier, actor.tier, actor.id);
  const present = (tier: Tier): boolean => byTier.has(tier);

  const checked: [Tier, Tier, TierPairCheck['rule']][] = [];
  for (let i = 0; i + 1 < TIERS.length; i++) {
    const lower = TIERS[i] as Tier;
    const upper = TIERS[i + 1] as Tier;
    if (present(lower) && present(upper)) checked.push([lower, upper, 'ADJACENT']);
  }
  if (!present('REGIONAL') && present('LOCAL') && present('NATIONAL')) {
    checked.splice(0, 0, ['LOCAL', 'NATIONAL', 'LOCAL_NATIONAL']);
  }

  const onTheme = (relationsByTheme(data).get(theme) ?? []).filter(
    (r) =>
      isCooperative(r.type, r.mode) &&
      !!actors.get(r.source)?.themes.includes(theme) &&
      !!actors.get(r.target)?.themes.includes(theme),
  );
  const pairs = checked.map(([lowerTier, upperTier, rule]): TierPairCheck => {
    const relationIds = onTheme
      .filter((r) => {
        const ends = [actors.get(r.source)?.tier, actors.get(r.target)?.tier];
        return ends.includes(lowerTier) && ends.includes(upperTier);
      })
      .map((r) => r.id)
      .sort();
    return {
      lowerTier,
      upperTier,
      rule,
      lowerActorIds: byTier.get(lowerTier) ?? [],
      upperActorIds: byTier.get(upperTier) ?? [],
      relationIds,
      isGap: relationIds.length === 0,
    };
  });
  return {
    theme,
    tiersPresent: TIERS.filter(present).map((tier) => ({ tier, actorIds: byTier.get(tier) ?? [] })),
    pairs,
  };
}
