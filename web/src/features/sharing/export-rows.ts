import { type MapActor, type MapRelation, type Theme } from '../../lib/domain';
import type { CountryScope } from '../../lib/country-scope';
import { actorMatches, relationMatches } from '../../lib/map-elements';
import { actorRows, relationRows, type RelationRow } from '../../lib/table-rows';
import type { ViewState } from '../../lib/view-state';

export interface ExportInput {
  view: Pick<ViewState, 'view' | 'filters' | 'asOf' | 'tableText' | 'tableType'>;
  actors: readonly MapActor[];
  relations: readonly MapRelation[];
  themes: readonly Theme[];
  /** The country scope the filters make (the actors and relations kept when countries are chosen). */
  scope: CountryScope | null;
  /**
   * On the map: the actors chosen (the selection, else every actor drawn), read from the canvas when the
   * export is asked for; null elsewhere.
   */
  mapActorIds: ReadonlySet<string> | null;
}

/** What the CSV exports hold: the actors and the relations of the current view. */
export interface ExportRows {
  actors: readonly MapActor[];
  relations: readonly RelationRow[];
}

/**
 * The actors and relations of the view as the user sees it: the table's rows (with its text and type
 * filters) in the table views; on the map the selected or drawn actors and the relations between them
 * that pass the filters; in the other views everything that passes the filters.
 */
export function exportRows({ view, actors, relations, themes, scope, mapActorIds }: ExportInput): ExportRows {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const filtered = actors.filter((actor) => actorMatches(actor, view.filters, scope));
  const shownActors =
    view.view === 'table'
      ? actorRows(filtered, view.tableText)
      : view.view === 'map' && mapActorIds
        ? actors.filter((actor) => mapActorIds.has(actor.id))
        : filtered;
  const active = relations.filter((relation) => relationMatches(relation, view.filters, view.asOf));
  if (view.view === 'relations')
    return { actors: shownActors, relations: relationRows(active, names, labels, view.tableText, view.tableType) };
  const ids = new Set(shownActors.map((actor) => actor.id));
  const between = active.filter((relation) => ids.has(relation.sourceId) && ids.has(relation.targetId));
  return { actors: shownActors, relations: relationRows(between, names, labels, '', null) };
}
