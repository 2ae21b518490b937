import type { EngagementLevel, Mode, RelationType, Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';

/** A relationship's properties plus the ids of its end nodes. */
export type RelationNode = Record<string, unknown> & {
  id: string;
  version: number;
  sourceId: string;
  targetId: string;
};

const PROJECT = 'r {.*, sourceId: s.id, targetId: t.id}';
const VISIBLE = 'r.visibility IN $visibilities AND s.visibility IN $visibilities AND t.visibility IN $visibilities';

export interface RelationFilterParams {
  visibilities: Visibility[];
  includeDeleted: boolean;
  types: RelationType[] | null;
  modes: Mode[] | null;
  engagements: EngagementLevel[] | null;
  themes: string[] | null;
  /** YYYY-MM-DD: only relations active on that day. */
  asOf: string | null;
  minConfidence: number | null;
  formal: boolean | null;
}

// Relations stay visible only when both ends are visible and not deleted (unless deleted ones are asked for).
const FILTER = `${VISIBLE}
  AND ($includeDeleted OR (r.deletedAt IS NULL AND s.deletedAt IS NULL AND t.deletedAt IS NULL))
  AND ($types IS NULL OR r.type IN $types)
  AND ($modes IS NULL OR r.mode IN $modes)
  AND ($engagements IS NULL OR r.engagement IN $engagements)
  AND ($themes IS NULL OR any(theme IN r.themes WHERE theme IN $themes))
  AND ($asOf IS NULL OR ((r.sinceKey IS NULL OR r.sinceKey <= $asOf) AND (r.untilKey IS NULL OR r.untilKey >= $asOf)))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($formal IS NULL OR r.formal = $formal)`;

export interface RelationPageParams extends RelationFilterParams {
  ws: string;
  actorId: string | null;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
  withTotal: boolean;
}

export interface RelationPageRow {
  total: number | null;
  page: Array<{ relation: RelationNode; key: string }>;
}

/** A page of a workspace's relations ordered by creation (new ones go to the end), plus the total. */
export const RELATION_PAGE = defineQuery<RelationPageParams, RelationPageRow>(
  'relation.page',
  `CALL {
     MATCH (s:Actor)-[r:RELATES {workspaceId: $ws}]->(t:Actor)
     USING INDEX r:RELATES(workspaceId)
     WHERE $withTotal AND ($actorId IS NULL OR s.id = $actorId OR t.id = $actorId) AND ${FILTER}
     RETURN count(r) AS total
   }
   CALL {
     MATCH (s:Actor)-[r:RELATES {workspaceId: $ws}]->(t:Actor)
     USING INDEX r:RELATES(workspaceId)
     WHERE ($actorId IS NULL OR s.id = $actorId OR t.id = $actorId) AND ${FILTER}
       AND ($afterId IS NULL OR r.createdAt > $afterKey OR (r.createdAt = $afterKey AND r.id > $afterId))
     WITH r, s, t ORDER BY r.createdAt, r.id LIMIT $limit
     RETURN collect({relation: ${PROJECT}, key: r.createdAt}) AS page
   }
   RETURN CASE WHEN $withTotal THEN total ELSE null END AS total, page`,
);

export const RELATIONS_BY_IDS = defineQuery<{ ids: string[]; visibilities: Visibility[] }, { relation: RelationNode }>(
  'relation.byIds',
  `UNWIND $ids AS id
   MATCH (s:Actor)-[r:RELATES {id: id}]->(t:Actor)
   WHERE ${VISIBLE}
   RETURN ${PROJECT} AS relation`,
);

export interface RelationsOfActorsParams extends RelationFilterParams {
  ids: string[];
  /** OUT: the actor is the source; IN: the target; BOTH: either. */
  direction: 'OUT' | 'IN' | 'BOTH';
}

/**
 * The relations of many actors at once (DataLoader batch for Actor.relations): each actor is found
 * by id, then its outgoing and incoming relationships are expanded from it.
 */
export const RELATIONS_OF_ACTORS = defineQuery<RelationsOfActorsParams, { actorId: string; relations: RelationNode[] }>(
  'relation.ofActors',
  `UNWIND $ids AS actorId
   MATCH (a:Actor {id: actorId})
   CALL {
     WITH a
     MATCH (a)-[r:RELATES]->(t:Actor) WHERE $direction IN ['OUT', 'BOTH']
     RETURN r, a AS s, t
     UNION
     WITH a
     MATCH (s:Actor)-[r:RELATES]->(a) WHERE $direction IN ['IN', 'BOTH']
     RETURN r, s, a AS t
   }
   WITH actorId, r, s, t WHERE ${FILTER}
   WITH actorId, r, s, t ORDER BY r.createdAt, r.id
   RETURN actorId, collect(${PROJECT}) AS relations`,
);

export const RELATION_LOCK = defineQuery<{ id: string }, { relation: RelationNode }>(
  'relation.lock',
  `MATCH (s:Actor)-[r:RELATES {id: $id}]->(t:Actor)
   SET r._lock = true REMOVE r._lock
   RETURN ${PROJECT} AS relation`,
);

export const RELATION_CREATE = defineQuery<
  { sourceId: string; targetId: string; props: Record<string, unknown> },
  { relation: RelationNode }
>(
  'relation.create',
  `MATCH (s:Actor {id: $sourceId}), (t:Actor {id: $targetId})
   CREATE (s)-[r:RELATES]->(t) SET r = $props
   RETURN ${PROJECT} AS relation`,
);

export const RELATION_UPDATE = defineQuery<
  { id: string; expectedVersion: number; patch: Record<string, unknown> },
  { relation: RelationNode }
>(
  'relation.update',
  `MATCH (s:Actor)-[r:RELATES {id: $id}]->(t:Actor) WHERE r.version = $expectedVersion
   SET r += $patch, r.version = r.version + 1
   RETURN ${PROJECT} AS relation`,
);

/**
 * Live relations identical to a candidate: same type and ends (either way round when undirected)
 * and overlapping periods. Used to refuse duplicates.
 */
export const RELATION_DUPLICATES = defineQuery<
  {
    sourceId: string;
    targetId: string;
    type: RelationType;
    directed: boolean;
    sinceKey: string | null;
    untilKey: string | null;
    excludeId: string | null;
  },
  { id: string }
>(
  'relation.duplicates',
  `MATCH (s:Actor {id: $sourceId})-[r:RELATES]-(t:Actor {id: $targetId})
   WHERE r.type = $type AND r.deletedAt IS NULL AND ($excludeId IS NULL OR r.id <> $excludeId)
     AND (startNode(r) = s OR NOT $directed OR NOT r.directed)
     AND (r.sinceKey IS NULL OR $untilKey IS NULL OR r.sinceKey <= $untilKey)
     AND (r.untilKey IS NULL OR $sinceKey IS NULL OR r.untilKey >= $sinceKey)
   RETURN DISTINCT r.id AS id`,
);

/** Both ends of a new relation, for checks (existence, workspace, deletion). */
export const RELATION_ENDS = defineQuery<
  { ids: string[] },
  { id: string; workspaceId: string; deletedAt: string | null }
>(
  'relation.ends',
  'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.workspaceId AS workspaceId, a.deletedAt AS deletedAt',
);
