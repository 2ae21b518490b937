import type { CountryScope } from '../../lib/country-scope';
import type { MapActor } from '../../lib/domain';
import { actorMatches } from '../../lib/map-elements';
import type { Filters } from '../../lib/view-state';

/** The filter facets that apply to actors. */
export const ACTOR_FACETS = ['tiers', 'kinds', 'sectors', 'themes', 'countries'] as const;
export type ActorFacet = (typeof ACTOR_FACETS)[number];

const VALUES: Record<ActorFacet, (actor: MapActor) => readonly (string | null)[]> = {
  tiers: (actor) => [actor.tier],
  kinds: (actor) => [actor.kind],
  sectors: (actor) => [actor.sector],
  themes: (actor) => actor.themes,
  countries: (actor) => [actor.country],
};

/**
 * For each actor facet, how many actors each of its values would show with the other facets as they
 * are ("faceted search" counts): ticking a value adds that many actors to what the map shows, since
 * values of one facet match any of them. A facet's own selection does not change its counts. Under a
 * country scope (`scope`, see lib/country-scope.ts) the other facets count the actors of the scope; a
 * country's own count is of the actors based there (the scope line names those tied to them).
 */
export function facetCounts(
  actors: readonly MapActor[],
  filters: Filters,
  scope: CountryScope | null,
): Record<ActorFacet, Map<string, number>> {
  const counts = Object.fromEntries(ACTOR_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    ActorFacet,
    Map<string, number>
  >;
  for (const facet of ACTOR_FACETS) {
    const others: Filters = { ...filters, [facet]: [] };
    const tally = counts[facet];
    for (const actor of actors) {
      if (!actorMatches(actor, others, facet === 'countries' ? null : scope)) continue;
      for (const value of new Set(VALUES[facet](actor))) if (value) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
