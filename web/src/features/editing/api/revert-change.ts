import { graphql } from '../../../gql';
import type { MapActor, MapRelation } from '../../../lib/domain';
import type { GraphChange } from '../../../lib/graph-changes';
import { request } from '../../../lib/graphql-client';

const REVERT_CHANGE = graphql(`
  mutation RevertChange($id: ID!) {
    revertChange(id: $id) {
      id
      entityId
      entityKind
      operation
    }
  }
`);

const REVERTED_ACTOR = graphql(`
  query RevertedActor($id: ID!) {
    actor(id: $id) {
      ...MapActorFields
      deletedAt
      relations {
        ...MapRelationFields
      }
    }
  }
`);

const REVERTED_RELATION = graphql(`
  query RevertedRelation($id: ID!) {
    relation(id: $id) {
      ...MapRelationFields
      deletedAt
    }
  }
`);

/**
 * Undoes one change (the API refuses with CONFLICT when the record changed since) and says what the
 * map must redraw: the record as it now is, or its removal when the revert deleted it. Null for a
 * source, which the map does not draw.
 */
export async function revertChange(id: string): Promise<GraphChange | null> {
  const { revertChange: reverted } = await request(REVERT_CHANGE, { id });
  // A step of an operation (a merge, a split) was reverted with its other steps: many records moved.
  if (reverted.operation) return { kind: 'reload' };
  if (reverted.entityKind === 'ACTOR') {
    const { actor } = await request(REVERTED_ACTOR, { id: reverted.entityId });
    if (!actor || actor.deletedAt) return { kind: 'actor-deleted', actorId: reverted.entityId };
    const { deletedAt: _deletedAt, relations, ...drawn } = actor;
    return { kind: 'actor-saved', actor: drawn as MapActor, relations: relations as MapRelation[] };
  }
  if (reverted.entityKind === 'RELATION') {
    const { relation } = await request(REVERTED_RELATION, { id: reverted.entityId });
    if (!relation || relation.deletedAt) return { kind: 'relation-deleted', relationId: reverted.entityId };
    const { deletedAt: _deletedAt, ...drawn } = relation;
    return { kind: 'relation-saved', relation: drawn as MapRelation };
  }
  return null;
}
