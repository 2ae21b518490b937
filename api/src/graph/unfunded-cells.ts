import type { GraphData } from './analytics-graph';
import { indexActors, usableRelations } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { TIERS } from '../domain/vocabulary';
import { pushTo } from './push-to';
import { relationThemes } from './relation-themes';

export interface UnfundedCell {
  theme: string;
  tier: Tier;
  /** The actors on the theme in the tier, none of which receives funding on it. */
  actorIds: string[];
}

/**
 * Theme × tier cells with actors but no funding (PRODUCT.md §4.6): no actor of the tier working on the
 * theme is the target of a FUNDS relation on that theme (by the rule of `relationThemes`). Themes in
 * alphabetical order, tiers in tier order.
 */
export function unfundedCells(data: Readonly<GraphData>): UnfundedCell[] {
  const actors = indexActors(data);
  const funded = new Set<string>();
  for (const r of usableRelations(data)) {
    if (r.type !== 'FUNDS') continue;
    for (const theme of relationThemes(r, actors.get(r.source), actors.get(r.target)))
      funded.add(`${r.target}\u0000${theme}`);
  }
  // Actors grouped by (theme, tier) in one pass, rather than every actor scanned for each cell.
  const actorsIn = new Map<string, string[]>();
  for (const actor of data.actors) {
    for (const theme of new Set(actor.themes)) pushTo(actorsIn, `${theme}\u0000${actor.tier}`, actor.id);
  }
  const themes = [...new Set(data.actors.flatMap((a) => a.themes))].sort();
  const cells: UnfundedCell[] = [];
  for (const theme of themes) {
    for (const tier of TIERS) {
      const actorIds = (actorsIn.get(`${theme}\u0000${tier}`) ?? []).sort();
      if (actorIds.length > 0 && !actorIds.some((id) => funded.has(`${id}\u0000${theme}`))) {
        cells.push({ theme, tier, actorIds });
      }
    }
  }
  return cells;
}
