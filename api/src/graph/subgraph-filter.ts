import type { GraphData, GraphRelation } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { Mode, RelationType } from '../domain/vocabulary';
import { asOfView } from './as-of-view';
import { isOnTheme } from './relation-themes';
import type { EventLayerMode } from './event-layer';
import { withEventLayer } from './event-layer';

export interface GraphFilter {
  /** The graph as it stood on this (possibly partial) date (see `asOfView`). */
  asOf?: string | null;
  /** Keep relations on any of these themes, and the actors working on them. */
  themes?: readonly string[] | null;
  types?: readonly RelationType[] | null;
  /** Keep relations in one of these modes; relations without a mode are dropped when this is set. */
  modes?: readonly Mode[] | null;
  /** Keep relations with at least one end in these countries, and the actors they touch. */
  countries?: readonly string[] | null;
  minConfidence?: number | null;
  /** How events, programmes' participations and statements enter (see EventLayerMode); EXCLUDED unless given. */
  eventLayer?: EventLayerMode | null;
}

const isSet = <T>(list: readonly T[] | null | undefined): list is readonly T[] => !!list && list.length > 0;

/**
 * The subgraph every analysis runs on (PRODUCT.md §4). A date gives the graph of that date
 * (`asOfView`: actors outside their lifespan leave, with their ties). Relation filters (types, modes,
 * confidence) never remove actors: an actor without active ties is still part of the picture, as an
 * isolate. Theme and country filters select actors too:
 * - themes: a relation stays when it is on one of the themes (see `relationThemes`); an actor stays
 *   when it works on one of them or is an end of a kept relation;
 * - countries: a relation stays when at least one end is in the countries, so a country's ties to
 *   supranational and global actors (often without a country) stay visible; an actor stays when it is
 *   in the countries or is an end of a kept relation.
 * Relations whose ends are not both kept actors are dropped. Last, the event layer is applied to what
 * is kept (`withEventLayer`): by default occasions and participations are left out, so every analysis
 * reads organisation-to-organisation ties. Returns new arrays; inputs are not touched.
 */
export function filterGraph(data: Readonly<GraphData>, filter: Readonly<GraphFilter>): GraphData {
  return withEventLayer(filterRecords(data, filter), filter.eventLayer ?? 'EXCLUDED');
}

/** `filterGraph` before the event layer: every record the filter keeps (what funding and `diff` read). */
export function filterRecords(given: Readonly<GraphData>, filter: Readonly<GraphFilter>): GraphData {
  // Lifespans, dated names and states, and successions first: the other filters read the date's values.
  const data = filter.asOf ? asOfView(given, filter.asOf) : given;
  const successions = data.successions ? { successions: data.successions } : {};
  const actorsById = indexActors(data);
  const themes = isSet(filter.themes) ? filter.themes : null;
  const types = isSet(filter.types) ? new Set(filter.types) : null;
  const modes = isSet(filter.modes) ? new Set<Mode>(filter.modes) : null;
  const countries = isSet(filter.countries) ? new Set(filter.countries) : null;
  const inCountries = (id: string): boolean => {
    const country = actorsById.get(id)?.country;
    return !!country && !!countries && countries.has(country);
  };

  const keep = (r: GraphRelation): boolean => {
    if (!actorsById.has(r.source) || !actorsById.has(r.target)) return false;
    if (types && !types.has(r.type)) return false;
    if (modes && (r.mode === null || !modes.has(r.mode))) return false;
    if (filter.minConfidence != null && r.confidence < filter.minConfidence) return false;
    if (countries && !inCountries(r.source) && !inCountries(r.target)) return false;
    if (themes) {
      const source = actorsById.get(r.source);
      const target = actorsById.get(r.target);
      if (!themes.some((theme) => isOnTheme(r, theme, source, target))) return false;
    }
    return true;
  };
  const relations = data.relations.filter(keep);

  if (!themes && !countries) return { actors: [...data.actors], relations, ...successions };

  const touched = new Set<string>();
  for (const r of relations) {
    touched.add(r.source);
    touched.add(r.target);
  }
  const actors = data.actors.filter((actor) => {
    if (touched.has(actor.id)) return true;
    if (themes && !actor.themes.some((theme) => themes.includes(theme))) return false;
    if (countries && !(actor.country && countries.has(actor.country))) return false;
    return true;
  });
  return { actors, relations, ...successions };
}
