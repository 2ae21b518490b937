import { isActiveInMonth, type AsOfMonth } from './as-of-month';
import type { MapActor, MapRelation } from './domain';

/** Succession records (SUCCEEDS, MERGED_INTO, SPLIT_FROM) date an institution's change; they are not ties. */
export const SUCCESSION_TYPES: ReadonlySet<string> = new Set(['SUCCEEDS', 'MERGED_INTO', 'SPLIT_FROM']);

/**
 * The actors in the picture in a month, the API's rule for a diff (api/src/graph/time-diff.ts): inside
 * their lifespan, and either with a dated lifespan or with a tie active that month to another actor
 * present then (an undated actor without ties says nothing about that month). Null for all time: every
 * actor. Playing through time shows actors appearing and leaving by this rule.
 */
export function actorsInPicture(
  actors: readonly MapActor[],
  relations: readonly MapRelation[],
  asOf: AsOfMonth | null,
): ReadonlySet<string> | null {
  if (asOf === null) return null;
  const present = new Set<string>();
  for (const actor of actors)
    if (isActiveInMonth(actor.since ?? null, actor.until ?? null, asOf)) present.add(actor.id);
  const picture = new Set<string>();
  for (const actor of actors) if (present.has(actor.id) && (actor.since || actor.until)) picture.add(actor.id);
  for (const relation of relations) {
    if (SUCCESSION_TYPES.has(relation.type) || !isActiveInMonth(relation.since, relation.until, asOf)) continue;
    if (!present.has(relation.sourceId) || !present.has(relation.targetId)) continue;
    picture.add(relation.sourceId).add(relation.targetId);
  }
  return picture;
}
