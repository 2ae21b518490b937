import type { ActorKind, Sector, Tier, Visibility } from '../../domain/vocabulary';
import { recordVisible } from './visibility';
import { defineQuery, QueryShapes, type Query } from '../query';
import { projection, type Fields } from './projection';
import { IN_WORKSPACE, inVisibleWorkspace, type ByIdScopeParams } from './workspace.queries';

/** An actor node's properties as stored (ActorRecord plus search helpers). */
export type ActorNode = Record<string, unknown> & { id: string; version: number };

export interface ActorFilterParams {
  /** Workspace id or slug (see IN_WORKSPACE). */
  workspace: string;
  visibilities: Visibility[];
  /** See recordVisible. */
  reader: string | null;
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
  /** YYYY-MM-DD: only actors present that day. */
  asOf: string | null;
}

export interface ActorPageParams extends ActorFilterParams {
  afterKey: string | number | null;
  afterId: string | null;
  limit: number;
  withTotal: boolean;
}

export interface ActorSearchParams extends ActorPageParams {
  /** One Lucene clause per required word, built-in themes included (planActorSearch). */
  clauses: string[];
  /** The folded word of each clause, matched against the workspace's own themes. */
  words: string[];
  /** The search text as names and aliases are compared with it (searchKey). */
  exact: string;
  /** The words a name or alias holds to rank as a word match (planActorSearch). */
  nameWords: string[];
  /** Ids of the built-in themes (already in the clauses). */
  builtInThemes: string[];
}

export interface ActorPageRow {
  total: number | null;
  page: Array<{ actor: ActorNode; key: string | number }>;
}

/**
 * The filters a page or search may be given. Each given filter adds its own predicate, so the
 * planner sees only conditions that are there and can seek the index that serves them; a query
 * text is made once per shape (order, filters given, total or not, cursor or not) and cached, so
 * Neo4j's plan cache holds a small, bounded number of texts.
 */
/**
 * Whether the actor `variable` is present on the day `$asOf` (YYYY-MM-DD): inside its lifespan, read
 * through its day keys (sinceKey: the first day of `since`, untilKey: the last day of `until`), so a
 * partial date is a period as in the analytics' as-of view.
 */
export function presentOn(variable: string): string {
  return `(${variable}.sinceKey IS NULL OR ${variable}.sinceKey <= $asOf) AND (${variable}.untilKey IS NULL OR ${variable}.untilKey >= $asOf)`;
}

export const ACTOR_FILTER_PREDICATES = {
  tiers: 'a.tier IN $tiers',
  kinds: 'a.kind IN $kinds',
  sectors: 'a.sector IN $sectors',
  countries: 'a.country IN $countries',
  themes: 'any(theme IN a.themes WHERE theme IN $themes)',
  visibility: 'a.visibility = $visibility',
  updatedSince: 'a.updatedAt >= $updatedSince',
  externalIds: 'a.externalId IN $externalIds',
  asOf: presentOn('a'),
  hasNoRelations: `$hasNoRelations = (NOT EXISTS {
        MATCH (a)-[r:RELATES]-(other:Actor)
        WHERE r.deletedAt IS NULL AND other.deletedAt IS NULL AND ${recordVisible('r')} AND ${recordVisible('other')}
      })`,
} as const;
export type ActorFilterName = keyof typeof ACTOR_FILTER_PREDICATES;
const FILTER_NAMES = Object.keys(ACTOR_FILTER_PREDICATES) as ActorFilterName[];

/** The filters of `params` that are given (not null), in a fixed order. */
export function givenActorFilters(params: ActorFilterParams): ActorFilterName[] {
  return FILTER_NAMES.filter((name) => params[name] !== null);
}

/**
 * The conditions on `a`: visibility (left out when the viewer may see every visibility, where it
 * cannot drop anything), liveness and the filters given.
 */
function filterText(
  filters: readonly ActorFilterName[],
  includeDeleted: boolean,
  allVisible: boolean,
  named = false,
): string {
  return [
    ...(allVisible ? [] : [recordVisible('a', named)]),
    ...(includeDeleted ? [] : ['a.deletedAt IS NULL']),
    ...filters.map((name) => ACTOR_FILTER_PREDICATES[name]),
    'true',
  ].join('\n       AND ');
}

/** The orders a client may ask for; each is a keyset (sort key, id) so pages stay stable under inserts. */
export const ACTOR_ORDERS = {
  NAME_ASC: { key: 'nameKey', direction: 'ASC' },
  NAME_DESC: { key: 'nameKey', direction: 'DESC' },
  UPDATED_DESC: { key: 'updatedAt', direction: 'DESC' },
  CREATED_ASC: { key: 'createdAt', direction: 'ASC' },
} as const;
export type ActorOrder = keyof typeof ACTOR_ORDERS | 'RELEVANCE';

/** What decides the text of a search query. */
export interface ActorSearchShape {
  filters: readonly ActorFilterName[];
  includeDeleted: boolean;
  /** The viewer may see every visibility (no visibility condition is needed). */
  allVisible: boolean;
  /** The viewer may see actors that name it as a reader (see recordVisible). */
  named?: boolean;
  withTotal: boolean;
  withCursor: boolean;
  /** The properties returned for each actor (null: all). */
  fields: Fields;
}

/** What decides the text of a page query: a search's shape and the order. */
export interface ActorPageShape extends ActorSearchShape {
  order: keyof typeof ACTOR_ORDERS;
}

/**
 * One page of a workspace's actors (and the total, when asked) in one statement, workspace lookup
 * included (no row when the workspace is not found). The order's key
 * has a (workspaceId, key) range index: the seek starts at the cursor (`key >= $afterKey` is an
 * index range) and reads in index order until the page is full, so a page costs about its size
 * plus what the filters drop, not the workspace's size.
 */
export function actorPageQuery(shape: ActorPageShape): Query<ActorPageParams, ActorPageRow> {
  return pageQueries.get(shape);
}

function buildPageQuery(shape: ActorPageShape): Query<ActorPageParams, ActorPageRow> {
  const { key, direction } = ACTOR_ORDERS[shape.order];
  const op = direction === 'ASC' ? '>' : '<';
  const filter = filterText(shape.filters, shape.includeDeleted, shape.allVisible, shape.named);
  // The range predicate `key IS NOT NULL` (or the cursor's bound) lets the index give the order;
  // the order names workspaceId first (one value here) because the planner takes a composite
  // index's order only for a prefix of its properties: with it, a page reads about `limit` rows.
  const seek = shape.withCursor
    ? `a.${key} ${op}= $afterKey AND NOT (a.${key} = $afterKey AND a.id ${op === '>' ? '<=' : '>='} $afterId)`
    : `a.${key} IS NOT NULL`;
  // With a cursor, the id tie-break would let the planner union a seek of (workspaceId, id), and
  // without filters a small database's statistics may make it sort another index's rows: the hint
  // keeps the page on the order's index. With filters the planner chooses (a selective filter's
  // index and a sort can beat reading in order).
  const hint = shape.withCursor || shape.filters.length === 0 ? ` USING INDEX a:Actor(workspaceId, ${key})` : '';
  const total = shape.withTotal
    ? `CALL {
       WITH ws
       MATCH (a:Actor) WHERE a.workspaceId = ws AND ${filter}
       RETURN count(a) AS total
     }`
    : 'WITH ws, null AS total';
  const text = `${IN_WORKSPACE}
     ${total}
     CALL {
       WITH ws
       MATCH (a:Actor)${hint} WHERE a.workspaceId = ws AND ${seek}
       AND ${filter}
       WITH a ORDER BY a.workspaceId ${direction}, a.${key} ${direction}, a.id ${direction} LIMIT $limit
       RETURN collect({actor: ${projection('a', shape.fields)}, key: a.${key}}) AS page
     }
     RETURN total, page`;
  return defineQuery<ActorPageParams, ActorPageRow>(`actor.page.${shape.order}`, text);
}

const pageQueries = new QueryShapes(buildPageQuery, (shape) => ({ ...shape, fields: null }));

/**
 * Full-text search within a workspace in one statement, best first: an exact name or alias match
 * ranks above a name or alias that starts with the text, which ranks above a name or alias that
 * holds every word (as a word or a word's start: "migration initiative" in "Joint Migration and
 * Development Initiative"), which ranks above every other hit (a word in the description, the city,
 * the country or a theme); within each, the full-text relevance, then the id. The Lucene query (see
 * planActorSearch) names the workspace, so the index itself returns only this workspace's hits, and
 * runs once: the total is the number of hits left by the filters.
 *
 * The sort key is one number, rank + score / (1 + score) (rank 3 to 0; the fraction below 1), so
 * a keyset cursor holds one key as before; it is a score, so the cursor seals it (see encodeCursor).
 */
export function actorSearchQuery(shape: ActorSearchShape): Query<ActorSearchParams, ActorPageRow> {
  return searchQueries.get(shape);
}

function buildSearchQuery(shape: ActorSearchShape): Query<ActorSearchParams, ActorPageRow> {
  const filter = filterText(shape.filters, shape.includeDeleted, shape.allVisible, shape.named);
  const after = 'key < $afterKey OR (key = $afterKey AND a.id > $afterId)';
  // The Lucene query: each word's clause with the workspace's own themes that the word starts a
  // word of (their words and index term are stored on the theme, see themeSearchProps), and the
  // workspace as a phrase on workspaceId. Built here so that a search is one statement.
  const query = `CALL {
       WITH ws
       OPTIONAL MATCH (t:Theme {workspaceId: ws}) WHERE NOT t.id IN $builtInThemes
       WITH ws, collect(t) AS own
       RETURN '+workspaceId:"' + replace(replace(ws, '\\\\', '\\\\\\\\'), '"', '\\\\"') + '" +(' +
         reduce(q = '', i IN range(0, size($clauses) - 1) |
           q + CASE i WHEN 0 THEN '' ELSE ' AND ' END + '(' + $clauses[i] +
           reduce(s = '', t IN own |
             s + CASE WHEN any(w IN coalesce(t.searchWords, []) WHERE w STARTS WITH $words[i])
                 THEN ' OR themes:"' + t.searchTerm + '"' ELSE '' END) + ')') + ')' AS lucene
     }`;
  // Ranked by tier (exact name or alias; name or alias starting with the text; name or alias
  // holding every word, as a word or a word's start; any other hit), then relevance, then id.
  const holdsWords = (text: string) => `all(w IN $nameWords WHERE (' ' + ${text}) CONTAINS (' ' + w))`;
  const hits = `CALL db.index.fulltext.queryNodes('${ACTOR_SEARCH_INDEX}', lucene)
       YIELD node AS a, score
       WITH a, score WHERE a.workspaceId = ws AND ${filter}
       WITH a, CASE
           WHEN a.nameFold = $exact OR $exact IN a.aliasFolds THEN 3
           WHEN a.nameFold STARTS WITH $exact OR any(alias IN a.aliasFolds WHERE alias STARTS WITH $exact) THEN 2
           WHEN ${holdsWords('a.nameFold')} OR any(alias IN a.aliasFolds WHERE ${holdsWords('alias')}) THEN 1
           ELSE 0
         END + score / (1.0 + score) AS key`;
  const text = shape.withTotal
    ? `${IN_WORKSPACE}
     ${query}
     CALL {
       WITH ws, lucene
       ${hits}
       WITH a, key ORDER BY key DESC, a.id ASC
       RETURN collect({a: a, key: key}) AS hits
     }
     CALL {
       WITH hits
       UNWIND hits AS hit
       WITH hit.a AS a, hit.key AS key${shape.withCursor ? ` WHERE ${after}` : ''}
       WITH a, key LIMIT $limit
       RETURN collect({actor: ${projection('a', shape.fields)}, key: key}) AS page
     }
     RETURN size(hits) AS total, page`
    : `${IN_WORKSPACE}
     ${query}
     CALL {
       WITH ws, lucene
       ${hits}
       WITH a, key${shape.withCursor ? ` WHERE ${after}` : ''}
       WITH a, key ORDER BY key DESC, a.id ASC LIMIT $limit
       RETURN collect({actor: ${projection('a', shape.fields)}, key: key}) AS page
     }
     RETURN null AS total, page`;
  return defineQuery<ActorSearchParams, ActorPageRow>('actor.search', text);
}

const searchQueries = new QueryShapes(buildSearchQuery, (shape) => ({ ...shape, fields: null }));

/**
 * The full-text index over actors' name, aliases, description, city, country names, themes and
 * workspace (schema.queries). Its analyzer folds accents and case, so "Sénégal" and "senegal" are
 * one word.
 */
export const ACTOR_SEARCH_INDEX = 'actor_search_folded';

/**
 * The revision of the search helpers stored on actor nodes (nameFold, aliasFolds, countryText;
 * see actorProps): a node with an older one (or none) is brought up to date at start-up
 * (schema.queries ACTOR_SEARCH_BACKFILL).
 */
export const ACTOR_SEARCH_REVISION = 1;

/** A generated statement and the shape it was made for (for plan tests and benchmarks). */
export interface ShapedQuery<P extends object, R> {
  shape: string;
  query: Query<P, R>;
}

/** Representative page and search shapes: no filter, common filters, every filter; each order. */
export function actorReadShapes(): Array<ShapedQuery<ActorPageParams, ActorPageRow>> {
  const out: Array<ShapedQuery<ActorPageParams, ActorPageRow>> = [];
  for (const filters of [[], ['tiers'], ['tiers', 'themes'], ['countries'], FILTER_NAMES] as ActorFilterName[][]) {
    for (const withTotal of [true, false]) {
      for (const withCursor of [false, true]) {
        const base = { filters, includeDeleted: false, allVisible: false, withTotal, withCursor, fields: null };
        for (const order of Object.keys(ACTOR_ORDERS) as Array<keyof typeof ACTOR_ORDERS>) {
          out.push({ shape: JSON.stringify({ ...base, order }), query: actorPageQuery({ ...base, order }) });
        }
        out.push({ shape: JSON.stringify(base), query: actorSearchQuery(base) });
      }
    }
  }
  return out;
}

/** Actors by id, for DataLoaders: one UNWIND per batch. Deleted actors are returned (marked). */
/** Actors by id in workspaces the viewer may read (each then checked against its role there). */
export const ACTORS_BY_IDS = defineQuery<
  { ids: string[]; reader: string | null } & ByIdScopeParams,
  { actor: ActorNode }
>(
  'actor.byIds',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id}) WHERE ${recordVisible('a')} AND ${inVisibleWorkspace('a')}
   RETURN a {.*} AS actor`,
);

/** Takes the actor's write lock before reading it, so read-check-write cannot lose an update. */
export const ACTOR_LOCK = defineQuery<{ id: string }, { actor: ActorNode }>(
  'actor.lock',
  'MATCH (a:Actor {id: $id}) SET a._lock = true REMOVE a._lock RETURN a {.*} AS actor',
);

/**
 * Takes the write locks of several actors, one after the other in the order of `ids` (callers sort
 * them, so that two transactions locking the same actors cannot deadlock), and reads what the
 * checks of a relation's ends need, as committed when each lock was granted. Missing ids give no row.
 */
export const ACTORS_LOCK = defineQuery<
  { ids: string[] },
  { id: string; workspaceId: string; deletedAt: string | null }
>(
  'actor.lockMany',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id})
   SET a._lock = true REMOVE a._lock
   RETURN a.id AS id, a.workspaceId AS workspaceId, a.deletedAt AS deletedAt`,
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
  { relation: Record<string, unknown> & { id: string; version: number; sourceId: string; targetId: string } }
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
  `MATCH (a:Actor {id: $id})-[r:RELATES]-(other:Actor)
   WHERE r.deletedWith = $changeId
   // The other end's lock orders this restore after any delete of it; one deleted meanwhile keeps
   // the relation deleted, so none comes back live on a deleted actor.
   SET other._lock = true REMOVE other._lock
   WITH DISTINCT r, other WHERE other.deletedAt IS NULL
   SET r._lock = true REMOVE r._lock
   RETURN r {.*, sourceId: startNode(r).id, targetId: endNode(r).id} AS relation`,
);
