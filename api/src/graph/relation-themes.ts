import type { GraphActor, GraphData, GraphRelation } from './analytics-graph';
import { actorsInIdOrder, indexActors, usableRelations } from './analytics-graph';
import { derived } from './derived';
import { pushTo } from './push-to';

/**
 * The themes a relation is about. A relation's own themes win; a relation recorded without themes is
 * taken to be about every theme its two ends share, because most sources describe a partnership
 * without saying what it is for, and dropping those ties would invent gaps that are not there.
 */
export function relationThemes(
  relation: Readonly<GraphRelation>,
  source: Readonly<GraphActor> | undefined,
  target: Readonly<GraphActor> | undefined,
): string[] {
  if (relation.themes.length > 0) return [...relation.themes];
  if (!source || !target) return [];
  const targetThemes = new Set(target.themes);
  return source.themes.filter((theme) => targetThemes.has(theme));
}

/** Whether a relation is on a theme, by the rule of {@link relationThemes}. */
export function isOnTheme(
  relation: Readonly<GraphRelation>,
  theme: string,
  source: Readonly<GraphActor> | undefined,
  target: Readonly<GraphActor> | undefined,
): boolean {
  return relationThemes(relation, source, target).includes(theme);
}

/**
 * Usable relations grouped by every theme they are on (by the rule of {@link relationThemes}), each
 * list in data order; computed once per data object, so per-theme analyses read only their theme's
 * relations instead of testing every relation against every theme.
 */
export function relationsByTheme(data: Readonly<GraphData>): ReadonlyMap<string, readonly GraphRelation[]> {
  return derived(data, 'relationsByTheme', () => {
    const actors = indexActors(data);
    const byTheme = new Map<string, GraphRelation[]>();
    for (const relation of usableRelations(data)) {
      const themes = new Set(relationThemes(relation, actors.get(relation.source), actors.get(relation.target)));
      for (const theme of themes) pushTo(byTheme, theme, relation);
    }
    return byTheme;
  });
}

/** Actors grouped by every theme they work on, each list in id order; computed once per data object. */
export function actorsByTheme(data: Readonly<GraphData>): ReadonlyMap<string, readonly GraphActor[]> {
  return derived(data, 'actorsByTheme', () => {
    const byTheme = new Map<string, GraphActor[]>();
    for (const actor of actorsInIdOrder(data)) for (const theme of new Set(actor.themes)) pushTo(byTheme, theme, actor);
    return byTheme;
  });
}
