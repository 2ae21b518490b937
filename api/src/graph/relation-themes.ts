import type { GraphActor, GraphRelation } from './analytics-graph';

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
