import type { GraphActor, GraphData, GraphRelation } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { isCooperative, TIER_RANK, TIERS } from '../domain/vocabulary';
import type { MoneyTotals } from './money';
import { sumByCurrency } from './money';
import { pushTo } from './push-to';
import { actorsByTheme, relationsByTheme } from './relation-themes';

export interface CoverageCell {
  theme: string;
  tier: Tier;
  /** The cell's country when the grid is by country (null for actors without one); null otherwise. */
  country: string | null;
  actorIds: string[];
  actorCount: number;
  /** Cooperative ties on the theme from a cell actor to an actor on the theme in a higher tier. */
  tiesUpward: number;
  /** The same towards lower tiers. */
  tiesDownward: number;
  /** FUNDS relations on the theme received by the cell's actors. */
  fundingReceived: MoneyTotals;
}

export interface CoverageGridOptions {
  byCountry?: boolean;
}

export interface CoverageGridResult {
  byCountry: boolean;
  /** By theme (alphabetical), then country (alphabetical, null last), then tier; every tier appears. */
  cells: CoverageCell[];
}

/**
 * Coverage grid (PRODUCT.md §4.4): theme × tier, optionally × country — actors on the theme, their
 * cooperative ties on the theme up and down the tiers, and the funding they receive on it. Ties follow
 * the same rule as vertical gaps (both ends work on the theme and the relation is on it), so a cell
 * with no upward ties is where a gap starts. Funding is counted whoever the funder is, with amounts
 * summed per currency. Cells cover every tier for each theme (and each country with actors on it) so a
 * grid can be drawn without filling holes.
 */
export function coverageGrid(
  data: Readonly<GraphData>,
  options: Readonly<CoverageGridOptions> = {},
): CoverageGridResult {
  const byCountry = options.byCountry ?? false;
  const actors = indexActors(data);
  const actorsOnTheme = actorsByTheme(data);
  const themes = [...actorsOnTheme.keys()].sort();
  const countryKey = (actor: Readonly<GraphActor>): string | null => (byCountry ? actor.country : null);
  const byCountryOrder = (a: string | null, b: string | null): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

  const cells: CoverageCell[] = [];
  for (const theme of themes) {
    const onTheme = actorsOnTheme.get(theme) ?? [];
    const relations = relationsByTheme(data).get(theme) ?? [];
    const members = new Map<string, string[]>();
    for (const actor of onTheme) pushTo(members, `${countryKey(actor)}|${actor.tier}`, actor.id);
    const cellOf = (actor: Readonly<GraphActor>): string => `${countryKey(actor)}|${actor.tier}`;

    const up = new Map<string, number>();
    const down = new Map<string, number>();
    for (const r of relations) {
      if (!isCooperative(r.type, r.mode)) continue;
      const source = actors.get(r.source);
      const target = actors.get(r.target);
      if (!source?.themes.includes(theme) || !target?.themes.includes(theme) || source.tier === target.tier) continue;
      const [lower, upper] = TIER_RANK[source.tier] < TIER_RANK[target.tier] ? [source, target] : [target, source];
      up.set(cellOf(lower), (up.get(cellOf(lower)) ?? 0) + 1);
      down.set(cellOf(upper), (down.get(cellOf(upper)) ?? 0) + 1);
    }
    const received = new Map<string, GraphRelation[]>();
    for (const r of relations) {
      if (r.type !== 'FUNDS') continue;
      const target = actors.get(r.target);
      if (target?.themes.includes(theme)) pushTo(received, cellOf(target), r);
    }

    const countries = [...new Set(onTheme.map(countryKey))].sort(byCountryOrder);
    for (const country of countries) {
      for (const tier of TIERS) {
        const key = `${country}|${tier}`;
        const actorIds = [...(members.get(key) ?? [])].sort();
        cells.push({
          theme,
          tier,
          country,
          actorIds,
          actorCount: actorIds.length,
          tiesUpward: up.get(key) ?? 0,
          tiesDownward: down.get(key) ?? 0,
          fundingReceived: sumByCurrency(received.get(key) ?? []),
        });
      }
    }
  }
  return { byCountry, cells };
}
