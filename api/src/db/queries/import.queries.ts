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

export const ACTORS_CREATE_MANY = defineQuery<{ rows: Record<string, unknown>[] }, { created: number }>(
  'import.actorsCreate',
  'UNWIND $rows AS row CREATE (a:Actor) SET a = row RETURN count(a) AS created',
);

export const ACTORS_UPDATE_MANY = defineQuery<
  { rows: Array<{ id: string; version: number; patch: Record<string, unknown> }> },
  { id: string }
>(
  'import.actorsUpdate',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id}) WHERE a.version = row.version
   SET a += row.patch, a.version = a.version + 1
   RETURN a.id AS id`,
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

export const RELATIONS_CREATE_MANY = defineQuery<
  { rows: Array<{ sourceId: string; targetId: string; props: Record<string, unknown> }> },
  { created: number }
>(
  'import.relationsCreate',
  `UNWIND $rows AS row
   MATCH (s:Actor {id: row.sourceId}), (t:Actor {id: row.targetId})
   CREATE (s)-[r:RELATES]->(t) SET r = row.props
   RETURN count(r) AS created`,
);

export const RELATIONS_UPDATE_MANY = defineQuery<
  { rows: Array<{ id: string; version: number; patch: Record<string, unknown> }> },
  { id: string }
>(
  'import.relationsUpdate',
  `UNWIND $rows AS row
   MATCH ()-[r:RELATES {id: row.id}]->() WHERE r.version = row.version
   SET r += row.patch, r.version = r.version + 1
   RETURN r.id AS id`,
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
