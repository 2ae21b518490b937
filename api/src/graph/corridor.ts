import type { GraphActor } from './analytics-graph';

/**
 * A diaspora corridor (PRODUCT.md §3: an actor's origin countries are its corridors): from an origin
 * country to a destination country, ISO 3166-1 alpha-2. Either end may be left open.
 */
export interface Corridor {
  origin: string | null;
  destination: string | null;
}

/**
 * Whether an actor works in a corridor, on either side of it: based in the origin country, or a
 * diaspora of the origin based in the destination. With the origin open, the diaspora organisations
 * (actors with origin countries) based in the destination; with the destination open, those based in
 * the origin and its diaspora wherever it is. Both ends open: every actor.
 */
export function inCorridor(actor: Readonly<GraphActor>, corridor: Readonly<Corridor>): boolean {
  const { origin, destination } = corridor;
  if (origin === null)
    return destination === null || (actor.country === destination && actor.originCountries.length > 0);
  if (actor.country === origin) return true;
  return actor.originCountries.includes(origin) && (destination === null || actor.country === destination);
}
