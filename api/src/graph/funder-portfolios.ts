import type { GraphData, GraphRelation } from './analytics-graph';
import { indexActors, usableRelations } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { TIERS } from '../domain/vocabulary';
import type { MoneyTotals } from './money';
import { sumByCurrency } from './money';
import { relationThemes } from './relation-themes';
import { pushTo } from './push-to';

export interface PortfolioSlice extends MoneyTotals {
  recipientIds: string[];
}

export interface ThemeSlice extends PortfolioSlice {
  /** Null for grants that are on no theme (no themes of their own and none shared by the two ends). */
  theme: string | null;
}

export interface TierSlice extends PortfolioSlice {
  tier: Tier;
}

export interface FunderPortfolio extends PortfolioSlice {
  funderId: string;
  /** A grant on several themes counts in full under each, so slices can add up to more than the total. */
  byTheme: ThemeSlice[];
  /** By the recipient's tier, in tier order. */
  byTier: TierSlice[];
}

/**
 * What each funder funds (PRODUCT.md §4.6): its FUNDS relations (source = funder) by theme and by the
 * recipient's tier, with amounts summed per currency. A grant's themes follow `relationThemes`.
 * Funders in id order; themes alphabetical, unthemed last.
 */
export function funderPortfolios(data: Readonly<GraphData>): FunderPortfolio[] {
  const actors = indexActors(data);
  const grantsBy = new Map<string, GraphRelation[]>();
  for (const r of usableRelations(data)) {
    if (r.type === 'FUNDS') pushTo(grantsBy, r.source, r);
  }
  const slice = (grants: readonly GraphRelation[]): PortfolioSlice => ({
    ...sumByCurrency(grants),
    recipientIds: [...new Set(grants.map((g) => g.target))].sort(),
  });

  return [...grantsBy.keys()].sort().map((funderId) => {
    const grants = grantsBy.get(funderId) ?? [];
    const byThemeKey = new Map<string | null, GraphRelation[]>();
    for (const grant of grants) {
      const themes = relationThemes(grant, actors.get(grant.source), actors.get(grant.target));
      for (const theme of themes.length > 0 ? new Set(themes) : [null]) {
        pushTo(byThemeKey, theme, grant);
      }
    }
    const themeOrder = [...byThemeKey.keys()].sort((a, b) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
    );
    return {
      funderId,
      ...slice(grants),
      byTheme: themeOrder.map((theme) => ({ theme, ...slice(byThemeKey.get(theme) ?? []) })),
      byTier: TIERS.map((tier) => ({
        tier,
        ...slice(grants.filter((g) => actors.get(g.target)?.tier === tier)),
      })).filter((s) => s.relationCount > 0),
    };
  });
}
