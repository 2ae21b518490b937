import type { MapActor, MapRelation } from './domain';

/**
 * What choosing countries scopes the question to: the actors based there and the actors tied to them.
 * The API's `AnalyticsFilter.countries` draws the same line (api/src/graph/subgraph-filter.ts): a relation
 * stays when at least one end is based in the countries, and an actor stays when it is based there or is
 * an end of such a relation — so supranational and global bodies (which have no country) stay with the
 * country actors they work with, and the map, the tables and every lens answer the same question.
 */
export interface CountryScope {
  countries: readonly string[];
  /** Actors based in the countries. */
  based: ReadonlySet<string>;
  /** Actors without a country (supranational, global, networks…) tied to an actor based there. */
  international: ReadonlySet<string>;
  /** Actors based in another country tied to an actor based there. */
  elsewhere: ReadonlySet<string>;
  /** Every actor in the scope: based, international and elsewhere. */
  ids: ReadonlySet<string>;
}

/**
 * The scope of `countries` over a map, tying actors by the relations `keepRelation` accepts (the
 * relation facets and the as-of year, as for the API's relation filters). Null when no country is chosen.
 */
export function countryScope(
  actors: readonly MapActor[],
  relations: readonly MapRelation[],
  countries: readonly string[],
  keepRelation: (relation: MapRelation) => boolean,
): CountryScope | null {
  if (countries.length === 0) return null;
  const wanted = new Set(countries);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const based = new Set(actors.filter((actor) => actor.country && wanted.has(actor.country)).map((actor) => actor.id));
  const international = new Set<string>();
  const elsewhere = new Set<string>();
  for (const relation of relations) {
    const ends = [relation.sourceId, relation.targetId];
    if (!ends.some((id) => based.has(id)) || !ends.every((id) => byId.has(id)) || !keepRelation(relation)) continue;
    for (const id of ends) {
      if (based.has(id)) continue;
      (byId.get(id)!.country ? elsewhere : international).add(id);
    }
  }
  return { countries, based, international, elsewhere, ids: new Set([...based, ...international, ...elsewhere]) };
}

/** Whether a relation belongs to the scope: at least one end is based in its countries (all do without one). */
export function relationInScope(scope: CountryScope | null, relation: MapRelation): boolean {
  return !scope || scope.based.has(relation.sourceId) || scope.based.has(relation.targetId);
}
