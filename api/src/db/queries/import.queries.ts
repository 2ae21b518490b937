import { defineQuery } from '../query';
import type { ActorNode } from './actor.queries';
import type { RelationNode } from './relation.queries';

/** Existing actors of a workspace by external id (upsert look-up, one batch at a time). */
export const ACTORS_BY_EXTERNAL_IDS = defineQuery<{ ws: string; externalIds: string[] }, { actor: ActorNode }>(
  'import.actorsByExternalIds',
  `UNWIND $externalIds AS externalId
   MATCH (a:Actor {workspaceId: $ws, externalId: externalId})
   RETURN a {.*} AS actor`,
);

/** The external ids of a workspace's actors (deleted ones included): one index scan, whatever the import's size. */
export const ACTOR_EXTERNAL_IDS = defineQuery<{ ws: string }, { externalId: string }>(
  'import.actorExternalIds',
  `MATCH (a:Actor {workspaceId: $ws}) WHERE a.externalId IS NOT NULL
   RETURN a.externalId AS externalId`,
);

/** The external ids of a workspace's relations. */
export const RELATION_EXTERNAL_IDS = defineQuery<{ ws: string }, { externalId: string }>(
  'import.relationExternalIds',
  `MATCH ()-[r:RELATES {workspaceId: $ws}]->() WHERE r.externalId IS NOT NULL
   RETURN r.externalId AS externalId`,
);

export const ACTORS_CREATE_MANY = defineQuery<{ rows: Record<string, unknown>[] }, { created: number }>(
  'import.actorsCreate',
  'UNWIND $rows AS row CREATE (a:Actor) SET a = row RETURN count(a) AS created',
);

/** Writes each patch over an actor still at its version, listing the import batch's change on it (ADR 0026). */
export const ACTORS_UPDATE_MANY = defineQuery<
  { changeId: string; rows: Array<{ id: string; version: number; patch: Record<string, unknown> }> },
  { updated: number }
>(
  'import.actorsUpdate',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id}) WHERE a.version = row.version
   SET a += row.patch, a.version = a.version + 1, a.importChanges = coalesce(a.importChanges, []) + $changeId
   RETURN count(a) AS updated`,
);

export interface ExistingRelationRow {
  relation: RelationNode;
  sourceExternalId: string | null;
  targetExternalId: string | null;
}

/** Existing relations by external id, with the external ids of their ends. */
export const RELATIONS_BY_EXTERNAL_IDS = defineQuery<{ ws: string; externalIds: string[] }, ExistingRelationRow>(
  'import.relationsByExternalIds',
  `UNWIND $externalIds AS externalId
   MATCH (s:Actor)-[r:RELATES {workspaceId: $ws, externalId: externalId}]->(t:Actor)
   RETURN r {.*, sourceId: s.id, targetId: t.id} AS relation, s.externalId AS sourceExternalId, t.externalId AS targetExternalId`,
);

/**
 * Creates relations between live actors (no explicit locks: creating a relationship locks both
 * ends, and `ended` counts ends found deleted once locked, so the caller rolls the batch back).
 */
export const RELATIONS_CREATE_MANY = defineQuery<
  { rows: Array<{ sourceId: string; targetId: string; props: Record<string, unknown> }> },
  { created: number; ended: number }
>(
  'import.relationsCreate',
  `UNWIND $rows AS row
   MATCH (s:Actor {id: row.sourceId}), (t:Actor {id: row.targetId})
   WHERE s.deletedAt IS NULL AND t.deletedAt IS NULL
   CREATE (s)-[r:RELATES]->(t) SET r = row.props
   WITH s, t, r
   RETURN count(r) AS created,
          sum(CASE WHEN s.deletedAt IS NULL AND t.deletedAt IS NULL THEN 0 ELSE 1 END) AS ended`,
);

export const RELATIONS_UPDATE_MANY = defineQuery<
  { changeId: string; rows: Array<{ id: string; version: number; patch: Record<string, unknown> }> },
  { updated: number }
>(
  'import.relationsUpdate',
  `UNWIND $rows AS row
   MATCH ()-[r:RELATES {id: row.id}]->() WHERE r.version = row.version
   SET r += row.patch, r.version = r.version + 1, r.importChanges = coalesce(r.importChanges, []) + $changeId
   RETURN count(r) AS updated`,
);

/** Adds evidence once: a source is identified by a key derived from its subject and content. */
export const SOURCES_MERGE_MANY = defineQuery<
  { ws: string; rows: Array<{ key: string; props: Record<string, unknown> }> },
  { created: number }
>(
  'import.sourcesMerge',
  `UNWIND $rows AS row
   MERGE (s:Source {workspaceId: $ws, key: row.key})
   ON CREATE SET s += row.props, s.created = true
   WITH s, coalesce(s.created, false) AS created
   REMOVE s.created
   RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created`,
);
