import type { EngagementLevel, Mode, RelationType, Visibility } from '../../domain/vocabulary';
import { recordVisible } from './visibility';
import { defineQuery, QueryShapes, type Query } from '../query';
import { projection, type Fields } from './projection';
import { IN_WORKSPACE, inPublicWorkspace, inVisibleWorkspace, type ByIdScopeParams } from './workspace.queries';
import { presentOn, type ShapedQuery } from './actor.queries';

/** A relationship's properties plus the ids of its end nodes. */
export type RelationNode = Record<string, unknown> & {
  id: string;
  version: number;
  sourceId: string;
  targetId: string;
};

const PROJECT = 'r {.*, sourceId: s.id, targetId: t.id}';
/** The relation `r` from `s` to `t` with the given properties and its ends' ids. */
const projectRelation = (fields: Fields) => projection('r', fields, 'sourceId: s.id, targetId: t.id');
/** Both ends' properties, when a client selected `source` or `target`. */
const projectEnds = (endFields: Fields | false) =>
  endFields === false ? '' : `, ends: [${projection('s', endFields)}, ${projection('t', endFields)}]`;
/** A relation is visible only when it and both its ends are; unless deleted ones are asked for, all three must be live too. */
const visible = (named = true) =>
  `${recordVisible('r', named)} AND ${recordVisible('s', named)} AND ${recordVisible('t', named)}`;

export interface RelationFilterParams {
  visibilities: Visibility[];
  /** See recordVisible. */
  reader: string | null;
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

export interface RelationPageParams extends RelationFilterParams {
  /** Workspace id or slug (see IN_WORKSPACE). */
  workspace: string;
  actorId: string | null;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
  withTotal: boolean;
}

/** The stored properties of a relation's source and target, in that order. */
export type RelationEndNodes = [Record<string, unknown> & { id: string }, Record<string, unknown> & { id: string }];

export interface RelationPageRow {
  total: number | null;
  page: Array<{ relation: RelationNode; key: string; ends?: RelationEndNodes }>;
}

/** Predicates of the optional relation filters, each added only when given (see relationPageQuery). */
const RELATION_FILTER_PREDICATES = {
  types: 'r.type IN $types',
  modes: 'r.mode IN $modes',
  engagements: 'r.engagement IN $engagements',
  themes: 'any(theme IN r.themes WHERE theme IN $themes)',
  asOf: '(r.sinceKey IS NULL OR r.sinceKey <= $asOf) AND (r.untilKey IS NULL OR r.untilKey >= $asOf)',
  minConfidence: 'r.confidence >= $minConfidence',
  formal: 'r.formal = $formal',
} as const;
export type RelationFilterName = keyof typeof RELATION_FILTER_PREDICATES;
const RELATION_FILTER_NAMES = Object.keys(RELATION_FILTER_PREDICATES) as RelationFilterName[];

/** The predicate of one relation filter, on the relation variable `r` (renamed to `variable`). */
export function relationFilterPredicate(name: RelationFilterName, variable: string): string {
  return RELATION_FILTER_PREDICATES[name].replace(/\br\./g, `${variable}.`);
}

/** The optional filters of `params` that are given (not null), in a fixed order. */
export function givenRelationFilters(params: RelationFilterParams): RelationFilterName[] {
  return RELATION_FILTER_NAMES.filter((name) => params[name] !== null);
}

/** What decides the text of a relation page query. */
export interface RelationPageShape {
  filters: readonly RelationFilterName[];
  /** Exactly one type asked for: the page reads the (workspaceId, type, createdAt) index in order. */
  oneType: boolean;
  /** The relations of one actor: expanded from it instead of read from a workspace index. */
  ofActor: boolean;
  includeDeleted: boolean;
  /** The viewer may see every visibility (no visibility condition is needed). */
  allVisible: boolean;
  /** The viewer may see actors that name it as a reader (see recordVisible). */
  named?: boolean;
  withTotal: boolean;
  withCursor: boolean;
  /** The properties returned for each relation (null: all). */
  fields: Fields;
  /** The properties returned for both ends (the client selected source or target), or false. */
  endFields: Fields | false;
}

/**
 * A page of a workspace's relations ordered by creation (new ones go to the end), and the total
 * when asked, in one statement (workspace lookup included: no row when it is not found) whose
 * text has only the filters given. A workspace-wide page reads
 * a relationship index in (createdAt, id) order from the cursor on; one actor's relations are
 * expanded from that actor.
 */
export function relationPageQuery(shape: RelationPageShape): Query<RelationPageParams, RelationPageRow> {
  return relationPages.get(shape);
}

function buildRelationPage(shape: RelationPageShape): Query<RelationPageParams, RelationPageRow> {
  const filters = shape.filters.filter((name) => !(shape.oneType && name === 'types'));
  const filter = [
    ...(shape.allVisible ? [] : [visible(shape.named ?? false)]),
    ...(shape.includeDeleted ? [] : ['r.deletedAt IS NULL AND s.deletedAt IS NULL AND t.deletedAt IS NULL']),
    ...filters.map((name) => RELATION_FILTER_PREDICATES[name]),
    // As of a day, a relation is clipped to its ends' lifespans too (as the analytics' as-of view).
    ...(shape.filters.includes('asOf') ? [`${presentOn('s')} AND ${presentOn('t')}`] : []),
    'true',
  ].join('\n       AND ');
  const type = shape.oneType ? ' AND r.type = $types[0]' : '';
  // The page reads the index that gives its order (the cursor's bound makes it a range). The hint
  // is always there: on a small database the planner may otherwise scan all actors, and with a
  // cursor the id tie-break would let it union two seeks.
  const hint = ` USING INDEX r:RELATES(${shape.oneType ? 'workspaceId, type, createdAt' : 'workspaceId, createdAt'})`;
  // The total reads every matching relation: from (workspaceId, type) when types are given, else
  // from (workspaceId); without the hint the planner may start from a scan of all actors.
  const countHint = ` USING INDEX r:RELATES(${shape.filters.includes('types') ? 'workspaceId, type' : 'workspaceId'})`;
  const match = (range: string) =>
    shape.ofActor
      ? `MATCH (a:Actor {id: $actorId}) WHERE a.workspaceId = ws
     CALL {
       WITH a MATCH (a)-[r:RELATES]->(t:Actor) RETURN r, a AS s, t
       UNION
       WITH a MATCH (s:Actor)-[r:RELATES]->(a) RETURN r, s, a AS t
     }
     WITH r, s, t WHERE r.workspaceId = ws${type} AND ${range}`
      : `MATCH (s:Actor)-[r:RELATES]->(t:Actor)${range === 'true' ? countHint : hint} WHERE r.workspaceId = ws${type} AND ${range}`;
  const seek = shape.withCursor
    ? 'r.createdAt >= $afterKey AND NOT (r.createdAt = $afterKey AND r.id <= $afterId)'
    : 'r.createdAt IS NOT NULL';
  // Naming the index's leading properties (one value each here) lets the planner read the index in
  // order and stop after the page (PartialTop) instead of sorting every matching relation.
  const order = shape.ofActor
    ? 'r.createdAt, r.id'
    : `r.workspaceId, ${shape.oneType ? 'r.type, ' : ''}r.createdAt, r.id`;
  const total = shape.withTotal
    ? `CALL {
       WITH ws
       ${match('true')}
       AND ${filter}
       RETURN count(r) AS total
     }`
    : 'WITH ws, null AS total';
  const text = `${IN_WORKSPACE}
     ${total}
     CALL {
       WITH ws
       ${match(seek)}
       AND ${filter}
       WITH r, s, t ORDER BY ${order} LIMIT $limit
       RETURN collect({relation: ${projectRelation(shape.fields)}, key: r.createdAt${projectEnds(shape.endFields)}}) AS page
     }
     RETURN total, page`;
  return defineQuery<RelationPageParams, RelationPageRow>('relation.page', text);
}

const relationPages = new QueryShapes(buildRelationPage, (shape) => ({
  ...shape,
  fields: null,
  endFields: shape.endFields === false ? (false as const) : null,
}));

/** Representative page shapes: no filter, one type, several filters, every filter (for plan tests). */
export function relationReadShapes(): Array<ShapedQuery<RelationPageParams, RelationPageRow>> {
  const out: Array<ShapedQuery<RelationPageParams, RelationPageRow>> = [];
  for (const [filters, oneType] of [
    [[], false],
    [['types'], true],
    [['types'], false],
    [['types', 'modes', 'themes', 'asOf'], true],
    [RELATION_FILTER_NAMES, false],
  ] as Array<[RelationFilterName[], boolean]>) {
    for (const ofActor of [false, true]) {
      for (const withTotal of [true, false]) {
        for (const withCursor of [false, true]) {
          const shape = {
            filters,
            oneType,
            ofActor,
            includeDeleted: false,
            allVisible: false,
            withTotal,
            withCursor,
            fields: null,
            endFields: null,
          };
          out.push({ shape: JSON.stringify(shape), query: relationPageQuery(shape) });
        }
      }
    }
  }
  return out;
}

/** Relations by id in workspaces the viewer may read, with their ends' visibilities (checked per workspace). */
export const RELATIONS_BY_IDS = defineQuery<
  { ids: string[]; reader: string | null } & ByIdScopeParams,
  { relation: RelationNode; endVisibilities: Visibility[]; endReaders: string[][] }
>(
  'relation.byIds',
  `UNWIND $ids AS id
   MATCH (s:Actor)-[r:RELATES {id: id}]->(t:Actor)
   WHERE ${visible()} AND ${inVisibleWorkspace('r')}
   RETURN ${PROJECT} AS relation, [s.visibility, t.visibility] AS endVisibilities,
          [coalesce(s.readers, []), coalesce(t.readers, [])] AS endReaders`,
);

export interface RelationsOfActorsParams extends RelationFilterParams {
  ids: string[];
  /** OUT: the actor is the source; IN: the target; BOTH: either. */
  direction: 'OUT' | 'IN' | 'BOTH';
}

/** What decides the text of a relations-of-actors query. */
export interface RelationsOfActorsShape {
  /** The relation filters given. */
  filters: readonly RelationFilterName[];
  includeDeleted: boolean;
  /** The viewer may see every visibility (no visibility condition is needed). */
  allVisible: boolean;
  /** The viewer may see actors that name it as a reader (see recordVisible). */
  named?: boolean;
  /** An anonymous visitor, served without looking the actors' workspace up first: it must be public. */
  publicWorkspace?: boolean;
  /** The properties returned for each relation (null: all). */
  fields: Fields;
  /** The properties returned for both ends (the client selected source or target), or false. */
  endFields: Fields | false;
  /** The properties returned for each actor itself (at least endFields when those are read), or false. */
  rootFields: Fields | false;
}

export interface RelationsOfActorsRow {
  actorId: string;
  /** The actor itself, when asked for (rootFields). */
  root: (Record<string, unknown> & { id: string }) | null;
  /** Each relation, the actor at its other end (when asked for), and whether the actor is its source. */
  relations: Array<{ relation: RelationNode; other: (Record<string, unknown> & { id: string }) | null; out: boolean }>;
}

/**
 * The relations of many actors at once (DataLoader batch for Actor.relations), oldest first: each
 * actor is found by id and checked once, then its outgoing and incoming relationships are expanded
 * from it. When the ends are selected, the actor is read once and each relation brings the actor at
 * its other end, so a client asking for them needs no second statement.
 */
export function relationsOfActorsQuery(
  shape: RelationsOfActorsShape,
): Query<RelationsOfActorsParams, RelationsOfActorsRow> {
  return relationsOfActors.get(shape);
}

function buildRelationsOfActors(shape: RelationsOfActorsShape): Query<RelationsOfActorsParams, RelationsOfActorsRow> {
  const step = [
    ...(shape.allVisible
      ? []
      : [`${recordVisible('r', shape.named ?? false)} AND ${recordVisible('o', shape.named ?? false)}`]),
    ...(shape.includeDeleted ? [] : ['r.deletedAt IS NULL AND o.deletedAt IS NULL']),
    ...shape.filters.map((name) => RELATION_FILTER_PREDICATES[name]),
    // As of a day, an actor outside its lifespan has no relations, and none reaches one.
    ...(shape.filters.includes('asOf') ? [`${presentOn('a')} AND ${presentOn('o')}`] : []),
    'true',
  ];
  const ends = shape.endFields === false ? 'null' : projection('o', shape.endFields);
  // Every actor found gives one row, with or without relations: the relations are gathered in a
  // subquery, whose aggregation answers once per actor (a deleted actor has none unless asked).
  return defineQuery(
    'relation.ofActors',
    `UNWIND $ids AS actorId
   MATCH (a:Actor {id: actorId}) ${shape.allVisible ? '' : `WHERE ${recordVisible('a', shape.named ?? false)}`}${
     shape.publicWorkspace ? ` AND ${inPublicWorkspace('a')}` : ''
   }
   CALL {
     WITH a
     ${shape.includeDeleted ? '' : 'WITH a WHERE a.deletedAt IS NULL'}
     CALL {
       WITH a
       MATCH (a)-[r:RELATES]->(o:Actor) WHERE $direction IN ['OUT', 'BOTH']
       RETURN r, o, true AS out
       UNION
       WITH a
       MATCH (o:Actor)-[r:RELATES]->(a) WHERE $direction IN ['IN', 'BOTH']
       RETURN r, o, false AS out
     }
     WITH a, r, o, out WHERE ${step.join('\n       AND ')}
     WITH a, r, o, out, CASE WHEN out THEN a ELSE o END AS s, CASE WHEN out THEN o ELSE a END AS t
     ORDER BY r.createdAt, r.id
     RETURN collect({relation: ${projectRelation(shape.fields)}, other: ${ends}, out: out}) AS relations
   }
   RETURN actorId, ${shape.rootFields === false ? 'null' : projection('a', shape.rootFields)} AS root, relations`,
  );
}

/** Representative shapes of relationsOfActorsQuery (for plan tests). */
export function relationsOfActorsReadShapes(): Array<ShapedQuery<RelationsOfActorsParams, RelationsOfActorsRow>> {
  return [
    { filters: [], allVisible: true, endFields: false, rootFields: false },
    { filters: ['types'], allVisible: false, endFields: null, rootFields: null },
    { filters: RELATION_FILTER_NAMES, allVisible: false, endFields: null, rootFields: null },
  ].map((partial) => {
    const shape = { ...partial, includeDeleted: false, fields: null } as RelationsOfActorsShape;
    return { shape: JSON.stringify(shape), query: relationsOfActorsQuery(shape) };
  });
}

const relationsOfActors = new QueryShapes(buildRelationsOfActors, (shape) => ({
  ...shape,
  fields: null,
  endFields: shape.endFields === false ? (false as const) : null,
  rootFields: shape.rootFields === false ? (false as const) : null,
}));

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
