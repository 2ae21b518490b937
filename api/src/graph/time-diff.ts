import type { GraphActor, GraphData, GraphRelation, GraphSuccession } from './analytics-graph';
import { usableRelations } from './analytics-graph';
import { followLine, successionsBetween } from './lineage';
import { filterGraph, type GraphFilter } from './subgraph-filter';

/** A field of a tie's state that changed between the two dates. */
export interface RelationStateChange {
  relationId: string;
  field: 'mode' | 'engagement' | 'strength' | 'confidence';
  from: string | number | null;
  to: string | number | null;
}

/** One institution under two names: `fromActorId` on `from` (the same actor, or the one it succeeded). */
export interface RenamedActor {
  actorId: string;
  fromActorId: string;
  fromName: string;
  toName: string;
}

export interface TimeDiff {
  from: string;
  to: string;
  /** Relations active on `to` but not on `from`, in id order. */
  addedRelationIds: string[];
  /** Relations active on `from` but not on `to`, in id order. */
  endedRelationIds: string[];
  /** Actors in the picture on `to` (see `diff`) and not on `from`, nor continuing one that was. */
  addedActorIds: string[];
  /** Actors in the picture on `from` and not on `to`, nor continued by one that is. */
  endedActorIds: string[];
  /** Ties active on both dates whose dated state differs, by relation id then field. */
  changedRelations: RelationStateChange[];
  /** Institutions whose name differs between the dates (by `actorId`). */
  renamedActors: RenamedActor[];
  /** Successions dated after `from` and on or before `to`. */
  successions: GraphSuccession[];
}

const STATE_FIELDS = ['mode', 'engagement', 'strength', 'confidence'] as const;

/**
 * What changed between two dates (PRODUCT.md §4.11), each date read as the graph of that date
 * (`asOfView`, under the other filters of `filter`; its own date is not used): lifespans, names, tie states and successions included.
 * An actor is in the picture on a date when it exists then and either has dated lifespan or an active
 * tie (an undated actor without ties says nothing about that date). Lineage is followed: an actor
 * that continued as, or merged into, an actor in the picture on `to` has not ended, and that
 * successor is not new; a renamed institution — the same actor, or its successor by SUCCEEDS — is one
 * institution listed in `renamedActors`. A tie keeps its id when a merge moves it to the absorbing
 * actor, so it is neither ended nor added.
 */
export function diff(
  data: Readonly<GraphData>,
  from: string,
  to: string,
  filter: Readonly<GraphFilter> = {},
): TimeDiff {
  const before = filterGraph(data, { ...filter, asOf: from });
  const after = filterGraph(data, { ...filter, asOf: to });
  const tiesBefore = new Map(usableRelations(before).map((r) => [r.id, r]));
  const tiesAfter = new Map(usableRelations(after).map((r) => [r.id, r]));
  const pictureBefore = inPicture(before, tiesBefore.values());
  const pictureAfter = inPicture(after, tiesAfter.values());
  const presentAfter = new Set(after.actors.map((actor) => actor.id));

  const endedActorIds: string[] = [];
  const continuing = new Set<string>();
  const renamedActors: RenamedActor[] = [];
  for (const [id, actor] of pictureBefore) {
    const line = followLine(data, id, to, (candidate) => presentAfter.has(candidate));
    const successor = line && pictureAfter.get(line.id);
    if (!line || !successor) {
      endedActorIds.push(id);
      continue;
    }
    if (line.id !== id) continuing.add(line.id);
    const sameInstitution = line.via.every((kind) => kind === 'SUCCEEDS');
    if (sameInstitution && successor.name !== actor.name) {
      renamedActors.push({ actorId: line.id, fromActorId: id, fromName: actor.name, toName: successor.name });
    }
  }
  const addedActorIds = [...pictureAfter.keys()].filter((id) => !pictureBefore.has(id) && !continuing.has(id));

  return {
    from,
    to,
    addedRelationIds: [...tiesAfter.keys()].filter((id) => !tiesBefore.has(id)).sort(),
    endedRelationIds: [...tiesBefore.keys()].filter((id) => !tiesAfter.has(id)).sort(),
    addedActorIds: addedActorIds.sort(),
    endedActorIds: endedActorIds.sort(),
    changedRelations: stateChanges(tiesBefore, tiesAfter),
    renamedActors: renamedActors.sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0)),
    successions: successionsBetween(data, from, to),
  };
}

/** Actors that exist on the view's date and have dated lifespan or an active tie, by id. */
function inPicture(view: Readonly<GraphData>, ties: Iterable<GraphRelation>): Map<string, GraphActor> {
  const tied = new Set<string>();
  for (const tie of ties) tied.add(tie.source).add(tie.target);
  const picture = new Map<string, GraphActor>();
  for (const actor of view.actors) {
    if (tied.has(actor.id) || actor.since || actor.until) picture.set(actor.id, actor);
  }
  return picture;
}

function stateChanges(
  before: ReadonlyMap<string, GraphRelation>,
  after: ReadonlyMap<string, GraphRelation>,
): RelationStateChange[] {
  const changes: RelationStateChange[] = [];
  for (const id of [...before.keys()].sort()) {
    const [was, is] = [before.get(id)!, after.get(id)];
    if (!is) continue;
    for (const field of STATE_FIELDS) {
      if (was[field] !== is[field]) changes.push({ relationId: id, field, from: was[field], to: is[field] });
    }
  }
  return changes;
}
