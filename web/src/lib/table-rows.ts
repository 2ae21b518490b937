import { humanize, type MapActor, type MapRelation } from './domain';

/** A relation as the relation table (and its CSV) shows it: with its ends' names and its themes' labels. */
export interface RelationRow {
  relation: MapRelation;
  from: string;
  to: string;
  /** Theme labels, in the relation's order. */
  themeLabels: readonly string[];
  /** Theme labels, comma-separated. */
  themes: string;
}

const contains = (needle: string, words: readonly string[]) => words.join(' ').toLowerCase().includes(needle);

/** The actors whose name, kind, country or themes contain `text` (any case); all of them for no text. */
export function actorRows(actors: readonly MapActor[], text: string): readonly MapActor[] {
  const needle = text.trim().toLowerCase();
  return needle
    ? actors.filter((actor) => contains(needle, [actor.name, actor.kind, actor.country ?? '', ...actor.themes]))
    : actors;
}

/**
 * The relations of type `type` (null: any) whose ends, type, mode or theme labels contain `text`, with
 * their ends' names ("?" for an actor not loaded) and theme labels (the id for an unknown theme).
 */
export function relationRows(
  relations: readonly MapRelation[],
  names: ReadonlyMap<string, string>,
  themeLabels: ReadonlyMap<string, string>,
  text: string,
  type: string | null,
): RelationRow[] {
  const needle = text.trim().toLowerCase();
  return relations
    .filter((relation) => !type || relation.type === type)
    .map((relation) => {
      const labels = relation.themes.map((id) => themeLabels.get(id) ?? id);
      return {
        relation,
        from: names.get(relation.sourceId) ?? '?',
        to: names.get(relation.targetId) ?? '?',
        themeLabels: labels,
        themes: labels.join(', '),
      };
    })
    .filter(
      (row) =>
        !needle ||
        contains(needle, [row.from, row.to, humanize(row.relation.type), row.relation.mode ?? '', row.themes]),
    );
}
