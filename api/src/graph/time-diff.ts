import type { GraphData } from './analytics-graph';
import { usableRelations } from './analytics-graph';
import { isActiveOn } from './is-active-on';

export interface TimeDiff {
  from: string;
  to: string;
  /** Relations active on `to` but not on `from`, in id order. */
  addedRelationIds: string[];
  /** Relations active on `from` but not on `to`, in id order. */
  endedRelationIds: string[];
  /** Actors with an active relation on `to` and none on `from`. */
  addedActorIds: string[];
  /** Actors with an active relation on `from` and none on `to`. */
  endedActorIds: string[];
}

/**
 * What changed between two dates (PRODUCT.md §4.11), by the activity rule of `isActiveOn`. Actors carry
 * no dates of their own, so an actor counts as added when it enters the active network — it has an
 * active relation on `to` and had none on `from` — and as ended when it leaves it.
 */
export function diff(data: Readonly<GraphData>, from: string, to: string): TimeDiff {
  const addedRelationIds: string[] = [];
  const endedRelationIds: string[] = [];
  const activeBefore = new Set<string>();
  const activeAfter = new Set<string>();
  for (const relation of usableRelations(data)) {
    const before = isActiveOn(relation, from);
    const after = isActiveOn(relation, to);
    if (after && !before) addedRelationIds.push(relation.id);
    if (before && !after) endedRelationIds.push(relation.id);
    if (before) activeBefore.add(relation.source).add(relation.target);
    if (after) activeAfter.add(relation.source).add(relation.target);
  }
  const ids = data.actors.map((actor) => actor.id).sort();
  return {
    from,
    to,
    addedRelationIds: addedRelationIds.sort(),
    endedRelationIds: endedRelationIds.sort(),
    addedActorIds: ids.filter((id) => activeAfter.has(id) && !activeBefore.has(id)),
    endedActorIds: ids.filter((id) => activeBefore.has(id) && !activeAfter.has(id)),
  };
}
