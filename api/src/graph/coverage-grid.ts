import type { GraphActor, GraphData, GraphRelation } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { isCooperative, TIER_RANK, TIERS } from '../domain/vocabulary';
import type { MoneyTotals } from './money';
import { sumByCurrency } from './money';
import { pushTo } from './push-to';
import { actorsByTheme, relationsByTheme } from './relation-themes';
import { systemsOfActors } from './national-systems';

export interface CoverageCell {
  theme: string;
  tier: Tier;
  /**
   * The cell's national system when the grid is by country (its country; null for actors in no
   * system); null otherwise.
   */
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
 * Coverage grid (PRODUCT.md §4.4): theme × tier, optionally × national system — actors on the theme,
 * their cooperative ties on the theme up and down the tiers, and the funding they receive on it. Ties
 * follow the same rule as vertical gaps (both ends work on the theme and the relation is on it), so a
 * cell with no upward ties is where a gap starts. Funding is counted whoever the funder is, with
 * amounts summed per currency. By country, the cells are those of each national system (§10,
 * `systemsOfActors`): a country's local, regional and national actors and the supranational and global
 * bodies tied to them, so an EU body counts in every system it joins, and a tie counts only inside a
 * system both its ends belong to (a Greek ministry funding an Italian city is no upward tie of Italy's);
 * actors in no system (a body tied to no country's actor) form the last block, country null. Cells
 * cover every tier for each theme (and each system with actors on it) so a grid can be drawn without
 * filling holes.
 */
export function coverageGrid(
  data: Readonly<GraphData>,
  options: Readonly<CoverageGridOptions> = {},
): CoverageGridResult {
  const byCountry = options.byCountry ?? false;
  const actors = indexActors(data);
  const systemsOf = systemsOfActors(data);
  const actorsOnTheme = actorsByTheme(data);
  const themes = [...actorsOnTheme.keys()].sort();
  /** The blocks an actor counts in: its national systems (or null when in none); one null block unless by country. */
  const blocksOf = (actor: Readonly<GraphActor>): (string | null)[] => {
    if (!byCountry) return [null];
    const systems = systemsOf.get(actor.id) ?? [];
    return systems.length > 0 ? [...systems] : [null];
  };
  const byCountryOrder = (a: string | null, b: string | null): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  const add = (counts: Map<string, number>, key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  const cells: CoverageCell[] = [];
  for (const theme of themes) {
    const onTheme = actorsOnTheme.get(theme) ?? [];
    const relations = relationsByTheme(data).get(theme) ?? [];
    const members = new Map<string, string[]>();
    for (const actor of onTheme)
      for (const block of blocksOf(actor)) pushTo(members, `${block}|${actor.tier}`, actor.id);

    const up = new Map<string, number>();
    const down = new Map<string, number>();
    for (const r of relations) {
      if (!isCooperative(r.type, r.mode)) continue;
      const source = actors.get(r.source);
      const target = actors.get(r.target);
      if (!source?.themes.includes(theme) || !target?.themes.includes(theme) || source.tier === target.tier) continue;
      const [lower, upper] = TIER_RANK[source.tier] < TIER_RANK[target.tier] ? [source, target] : [target, source];
      const upperBlocks = blocksOf(upper);
      for (const block of blocksOf(lower).filter((b) => upperBlocks.includes(b))) {
        add(up, `${block}|${lower.tier}`);
        add(down, `${block}|${upper.tier}`);
      }
    }
    const received = new Map<string, GraphRelation[]>();
    for (const r of relations) {
      if (r.type !== 'FUNDS') continue;
      const target = actors.get(r.target);
      if (target?.themes.includes(theme))
        for (const block of blocksOf(target)) pushTo(received, `${block}|${target.tier}`, r);
    }

    const blocks = [...new Set(onTheme.flatMap(blocksOf))].sort(byCountryOrder);
    for (const country of blocks) {
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
