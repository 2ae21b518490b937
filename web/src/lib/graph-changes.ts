import type { MapActor, MapRelation } from './domain';

/** One edit the map applies locally, so it redraws without loading the whole workspace again. */
export type GraphChange =
  | { kind: 'actor-saved'; actor: MapActor; relations?: readonly MapRelation[] }
  | { kind: 'actor-deleted'; actorId: string }
  | { kind: 'relation-saved'; relation: MapRelation }
  | { kind: 'relation-deleted'; relationId: string }
  /** Many records changed at once (a merge of duplicates or its revert): load the graph again. */
  | { kind: 'reload' };

export interface GraphData {
  actors: MapActor[];
  relations: MapRelation[];
}

function upsert<T extends { id: string }>(items: readonly T[], saved: readonly T[]): T[] {
  const byId = new Map(saved.map((item) => [item.id, item]));
  const kept = items.map((item) => byId.get(item.id) ?? item);
  const known = new Set(items.map((item) => item.id));
  return [...kept, ...saved.filter((item) => !known.has(item.id))];
}

/**
 * The graph after the edits, in order: saved records replace or join the lists; a deleted actor takes its
 * relations with it (as the API's soft delete does). Returns new arrays; the inputs are not changed.
 */
export function applyGraphChanges<G extends GraphData>(graph: G, changes: readonly GraphChange[]): G {
  let { actors, relations } = graph;
  for (const change of changes) {
    if (change.kind === 'actor-saved') {
      actors = upsert(actors, [change.actor]);
      if (change.relations) relations = upsert(relations, change.relations);
    } else if (change.kind === 'actor-deleted') {
      actors = actors.filter((actor) => actor.id !== change.actorId);
      relations = relations.filter((r) => r.sourceId !== change.actorId && r.targetId !== change.actorId);
    } else if (change.kind === 'relation-saved') {
      relations = upsert(relations, [change.relation]);
    } else if (change.kind === 'relation-deleted') {
      relations = relations.filter((relation) => relation.id !== change.relationId);
    }
  }
  return changes.length ? { ...graph, actors, relations } : graph;
}
