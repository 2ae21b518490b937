import type { ActorKind, Sector, Tier, Visibility } from '../../domain/vocabulary';
import { defineQuery, type Query } from '../query';

/** An actor node's properties as stored (ActorRecord plus search helpers). */
export type ActorNode = Record<string, unknown> & { id: string; version: number };

export interface ActorFilterParams {
  ws: string;
  visibilities: Visibility[];
  includeDeleted: boolean;
  tiers: Tier[] | null;
  kinds: ActorKind[] | null;
  sectors: Sector[] | null;
  countries: string[] | null;
  themes: string[] | null;
  visibility: Visibility | null;
  updatedSince: string | null;
  externalIds: string[] | null;
  hasNoRelations: boolean | null;
}

export interface ActorPageParams extends ActorFilterParams {
  afterKey: string | number | null;
  afterId: string | null;
  limit: number;
  withTotal: boolean;
}

export interface ActorSearchParams extends ActorPageParams {
  search: string;
}

export interface ActorPageRow {
  total: number | null;
  page: Array<{ actor: ActorNode; key: string | number }>;
}

// One constant filter: absent filters are null parameters, so the plan cache holds one plan per order.
const FILTER = `a.visibility IN $visibilities
  AND ($includeDeleted OR a.deletedAt IS NULL)
  AND ($tiers IS NULL OR a.tier IN $tiers)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($sectors IS NULL OR a.sector IN $sectors)
  AND ($countries IS NULL OR a.country IN $countries)
  AND ($themes IS NULL OR any(theme IN a.themes WHERE theme IN $themes))
  AND ($visibility IS NULL OR a.visibility = $visibility)
  AND ($updatedSince IS NULL OR a.updatedAt >= $updatedSince)
  AND ($externalIds IS NULL OR a.externalId IN $externalIds)
  AND ($hasNoRelations IS NULL OR $hasNoRelations = (NOT EXISTS {
        MATCH (a)-[r:RELATES]-(other:Actor)
        WHERE r.deletedAt IS NULL AND other.deletedAt IS NULL AND r.visibility IN $visibilities AND other.visibility IN $visibilities
      }))`;

/** The orders a client may ask for; each is a keyset (sort key, id) so pages stay stable under inserts. */
export const ACTOR_ORDERS = {
  NAME_ASC: { key: 'a.nameKey', direction: 'ASC' },
  NAME_DESC: { key: 'a.nameKey', direction: 'DESC' },
  UPDATED_DESC: { key: 'a.updatedAt', direction: 'DESC' },
  CREATED_ASC: { key: 'a.createdAt', direction: 'ASC' },
} as const;
export type ActorOrder = keyof typeof ACTOR_ORDERS | 'RELEVANCE';

function keysetCondition(key: string, direction: 'ASC' | 'DESC'): string {
  const op = direction === 'ASC' ? '>' : '<';
  return `($afterId IS NULL OR ${key} ${op} $afterKey OR (${key} = $afterKey AND a.id ${op} $afterId))`;
}

function pageQuery(order: keyof typeof ACTOR_ORDERS): Query<ActorPageParams, ActorPageRow> {
  const { key, direction } = ACTOR_ORDERS[order];
  return defineQuery(
    `actor.page.${order}`,
    `CALL {
       MATCH (a:Actor {workspaceId: $ws}) WHERE $withTotal AND ${FILTER}
       RETURN count(a) AS total
     }
     CALL {
       MATCH (a:Actor {workspaceId: $ws}) WHERE ${FILTER} AND ${keysetCondition(key, direction)}
       WITH a, ${key} AS key ORDER BY key ${direction}, a.id ${direction} LIMIT $limit
       RETURN collect({actor: a {.*}, key: key}) AS page
     }
     RETURN CASE WHEN $withTotal THEN total ELSE null END AS total, page`,
  );
}

/** One page of a workspace's actors plus the total, in one round trip; one query per order. */
export const ACTOR_PAGE: Readonly<Record<keyof typeof ACTOR_ORDERS, Query<ActorPageParams, ActorPageRow>>> = {
  NAME_ASC: pageQuery('NAME_ASC'),
  NAME_DESC: pageQuery('NAME_DESC'),
  UPDATED_DESC: pageQuery('UPDATED_DESC'),
  CREATED_ASC: pageQuery('CREATED_ASC'),
};

/**
 * Full-text search (name, aliases, description) within a workspace, by relevance then id.
 * The Lucene query is built by escapeLucene from user text, never passed raw.
 */
export const ACTOR_SEARCH = defineQuery<ActorSearchParams, ActorPageRow>(
  'actor.search',
  `CALL {
     CALL db.index.fulltext.queryNodes('actor_search', $search) YIELD node AS a, score
     WITH a WHERE a.workspaceId = $ws AND $withTotal AND ${FILTER}
     RETURN count(a) AS total
   }
   CALL {
     CALL db.index.fulltext.queryNodes('actor_search', $search) YIELD node AS a, score
     WITH a, score WHERE a.workspaceId = $ws AND ${FILTER}
       AND ($afterId IS NULL OR score < $afterKey OR (score = $afterKey AND a.id > $afterId))
     WITH a, score ORDER BY score DESC, a.id ASC LIMIT $limit
     RETURN collect({actor: a {.*}, key: score}) AS page
   }
   RETURN CASE WHEN $withTotal THEN total ELSE null END AS total, page`,
);

/** Actors by id, for DataLoaders: one UNWIND per batch. Deleted actors are returned (marked). */
export const ACTORS_BY_IDS = defineQuery<{ ids: string[]; visibilities: Visibility[] }, { actor: ActorNode }>(
  'actor.byIds',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id}) WHERE a.visibility IN $visibilities
   RETURN a {.*} AS actor`,
);

/** Takes the actor's write lock before reading it, so read-check-write cannot lose an update. */
export const ACTOR_LOCK = defineQuery<{ id: string }, { actor: ActorNode }>(
  'actor.lock',
  'MATCH (a:Actor {id: $id}) SET a._lock = true REMOVE a._lock RETURN a {.*} AS actor',
);

export const ACTOR_CREATE = defineQuery<{ props: Record<string, unknown> }, { actor: ActorNode }>(
  'actor.create',
  'CREATE (a:Actor) SET a = $props RETURN a {.*} AS actor',
);

/** Applies a patch guarded by the version read under lock; no row back means a conflict. */
export const ACTOR_UPDATE = defineQuery<
  { id: string; expectedVersion: number; patch: Record<string, unknown> },
  { actor: ActorNode }
>(
  'actor.update',
  `MATCH (a:Actor {id: $id}) WHERE a.version = $expectedVersion
   SET a += $patch, a.version = a.version + 1
   RETURN a {.*} AS actor`,
);

/** Ids of the live relations touching an actor (for cascading soft delete). */
export const ACTOR_LIVE_RELATIONS = defineQuery<
  { id: string },
  { relation: Record<string, unknown> & { id: string; version: number } }
>(
  'actor.liveRelations',
  `MATCH (a:Actor {id: $id})-[r:RELATES]-(:Actor)
   WHERE r.deletedAt IS NULL
   SET r._lock = true REMOVE r._lock
   RETURN DISTINCT r {.*, sourceId: startNode(r).id, targetId: endNode(r).id} AS relation`,
);

/** Relations soft-deleted together with an actor (by that delete's change id). */
export const ACTOR_CASCADED_RELATIONS = defineQuery<
  { id: string; changeId: string },
  { relation: Record<string, unknown> & { id: string; version: number } }
>(
  'actor.cascadedRelations',
  `MATCH (a:Actor {id: $id})-[r:RELATES]-(:Actor)
   WHERE r.deletedWith = $changeId
   SET r._lock = true REMOVE r._lock
   RETURN DISTINCT r {.*, sourceId: startNode(r).id, targetId: endNode(r).id} AS relation`,
);
