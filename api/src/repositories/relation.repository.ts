import { byIdScope, maySee, seesEverything, viewerIn, type Viewer } from '../auth/viewer';
import {
  RELATION_CREATE,
  RELATION_DUPLICATES,
  RELATION_LOCK,
  RELATION_UPDATE,
  RELATIONS_BY_IDS,
  relationsOfActorsQuery,
  type RelationEndNodes,
  givenRelationFilters,
  relationPageQuery,
  type RelationFilterParams,
  type RelationNode,
} from '../db/queries/relation.queries';
import type { Fields } from '../db/queries/projection';
import type { Database, Tx } from '../db/run-query';
import { endOf, startOf } from '../domain/partial-date';
import type { RelationRecord } from '../domain/relation';
import type { ActorRecord } from '../domain/actor';
import type { ActorNode } from '../db/queries/actor.queries';
import { InputChecker } from '../domain/validation';
import type { EngagementLevel, Mode, RelationType, Visibility } from '../domain/vocabulary';
import { NotFoundError } from '../errors';
import { toActorRecord } from './actor.repository';
import { decodeCursor, pageSize, toPage, type Page } from './cursor';
import { relationProps, toRelationRecord } from './relation-record';

export interface RelationFilter {
  types?: RelationType[] | null;
  modes?: Mode[] | null;
  engagements?: EngagementLevel[] | null;
  themes?: string[] | null;
  asOf?: string | null;
  minConfidence?: number | null;
  formal?: boolean | null;
  includeDeleted?: boolean | null;
}

/** Checks the filter values that GraphQL's types cannot (dates, ranges). */
export function checkRelationFilter(filter: RelationFilter | null | undefined, prefix: readonly string[]): void {
  if (!filter) return;
  const check = new InputChecker();
  check.isoDate([...prefix, 'asOf'], filter.asOf);
  check.range([...prefix, 'minConfidence'], filter.minConfidence, 0, 1);
  check.throwIfAny();
}

export function relationFilterParams(viewer: Viewer, filter: RelationFilter | null | undefined): RelationFilterParams {
  const emptyToNull = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  return {
    visibilities: [...viewer.visibilities] as Visibility[],
    reader: viewer.readerId,
    includeDeleted: filter?.includeDeleted ?? false,
    types: emptyToNull(filter?.types),
    modes: emptyToNull(filter?.modes),
    engagements: emptyToNull(filter?.engagements),
    themes: emptyToNull(filter?.themes),
    asOf: filter?.asOf ?? null,
    minConfidence: filter?.minConfidence ?? null,
    formal: filter?.formal ?? null,
  };
}

export interface ListRelationsArgs {
  workspace: string;
  filter?: (RelationFilter & { actorId?: string | null }) | null;
  first?: number | null;
  after?: string | null;
  withTotal?: boolean;
  /** The properties to read for each relation (default all). */
  fields?: Fields;
  /** The properties to read for both ends (attached to each relation), or false (default). */
  endFields?: Fields | false;
}

/** A relation read with its ends, for a client that selected them (see withEnds). */
export type RelationWithEnds = RelationRecord & { sourceActor?: ActorRecord; targetActor?: ActorRecord };

/** The record of a relation row, with its ends attached when the row has them. */
function withEnds(relation: RelationNode, ends: RelationEndNodes | undefined): RelationWithEnds {
  const record: RelationWithEnds = toRelationRecord(relation);
  if (ends) {
    record.sourceActor = toActorRecord(ends[0] as ActorNode);
    record.targetActor = toActorRecord(ends[1] as ActorNode);
  }
  return record;
}

/**
 * A page of a workspace's relations (oldest first), with the total only when `withTotal`. One
 * statement, workspace lookup included.
 */
export async function listRelations(
  db: Database,
  requestViewer: Viewer,
  args: ListRelationsArgs,
): Promise<Page<RelationWithEnds>> {
  const viewer = viewerIn(requestViewer, args.workspace);
  const size = pageSize(args.first);
  const cursor = args.after ? decodeCursor(args.after, 'after') : null;
  checkRelationFilter(args.filter, ['filter']);
  const filters = relationFilterParams(viewer, args.filter);
  const withTotal = args.withTotal ?? true;
  const query = relationPageQuery({
    filters: givenRelationFilters(filters),
    oneType: filters.types?.length === 1,
    ofActor: Boolean(args.filter?.actorId),
    includeDeleted: filters.includeDeleted,
    allVisible: seesEverything(viewer),
    named: viewer.readerId !== null,
    withTotal,
    withCursor: cursor !== null,
    fields: args.fields ?? null,
    endFields: args.endFields ?? false,
  });
  const [row] = await db.read(query, {
    ...filters,
    workspace: args.workspace,
    actorId: args.filter?.actorId ?? null,
    afterKey: cursor ? String(cursor.key) : null,
    afterId: cursor?.id ?? null,
    limit: size + 1,
    withTotal,
  });
  if (!row) throw new NotFoundError('Workspace', args.workspace).withField('workspace');
  return toPage(row.page, size, row.total, (entry) => ({
    node: withEnds(entry.relation, entry.ends),
    key: entry.key,
    id: entry.relation.id,
  }));
}

export async function relationsByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Array<RelationRecord | null>> {
  const rows = await db.readSettled(RELATIONS_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
  const byId = new Map(
    rows
      .filter((row) =>
        maySee(
          viewer,
          row.relation.workspaceId as string,
          { visibility: row.relation.visibility as Visibility, readers: row.relation.readers as string[] | undefined },
          ...row.endVisibilities.map((visibility, end) => ({ visibility, readers: row.endReaders[end] })),
        ),
      )
      .map((row) => [row.relation.id, toRelationRecord(row.relation)]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Which properties to read for relations and their ends (see relationSelection). */
export interface RelationReadShape {
  fields: Fields;
  endFields: Fields | false;
}

async function readRelationsOfActors(
  db: Database,
  viewer: Viewer,
  actorIds: readonly string[],
  direction: 'OUT' | 'IN' | 'BOTH',
  filter: RelationFilter | null | undefined,
  shape: RelationReadShape & { rootFields: Fields | false },
  settled = false,
) {
  const params = relationFilterParams(viewer, filter);
  const query = relationsOfActorsQuery({
    ...shape,
    filters: givenRelationFilters(params),
    includeDeleted: params.includeDeleted,
    allVisible: seesEverything(viewer),
    named: viewer.readerId !== null,
    publicWorkspace: viewer.kind === 'anonymous',
  });
  const args = { ...params, ids: [...new Set(actorIds)], direction };
  const rows = await (settled ? db.readSettled(query, args) : db.read(query, args));
  return rows.map((row) => ({
    actorId: row.actorId,
    root: row.root,
    relations: row.relations.map(({ relation, other, out }) =>
      withEnds(relation, row.root && other ? (out ? [row.root, other] : [other, row.root]) : undefined),
    ),
  }));
}

/** The relations of many actors, in the order of `actorIds` (DataLoader batch), ends attached if asked. */
export async function relationsOfActors(
  db: Database,
  viewer: Viewer,
  actorIds: readonly string[],
  direction: 'OUT' | 'IN' | 'BOTH',
  filter: RelationFilter | null | undefined,
  shape: RelationReadShape = { fields: null, endFields: false },
): Promise<RelationWithEnds[][]> {
  const rows = await readRelationsOfActors(db, viewer, actorIds, direction, filter, {
    ...shape,
    rootFields: shape.endFields,
  });
  const byActor = new Map(rows.map((row) => [row.actorId, row.relations]));
  return actorIds.map((id) => byActor.get(id) ?? []);
}

/**
 * One actor (deleted ones included, like actor(id)) with all its relations, in one statement: for a
 * client that asked for both. `actorFields` are read for the actor; null actor when absent or hidden.
 */
export async function actorWithRelations(
  db: Database,
  viewer: Viewer,
  id: string,
  actorFields: Fields,
  shape: RelationReadShape,
): Promise<{ actor: ActorRecord | null; relations: RelationWithEnds[] }> {
  const rootFields =
    actorFields === null || shape.endFields === null
      ? null
      : [...new Set([...actorFields, ...(shape.endFields || [])])].sort();
  // What someone who may edit reads is settled (see Database.readSettled); a visitor's is not.
  const settled = viewer.kind !== 'anonymous';
  const [row] = await readRelationsOfActors(db, viewer, [id], 'BOTH', null, { ...shape, rootFields }, settled);
  return { actor: row?.root ? toActorRecord(row.root as ActorNode) : null, relations: row?.relations ?? [] };
}

export async function lockRelation(tx: Tx, viewer: Viewer, id: string, field = 'id'): Promise<RelationRecord> {
  const [row] = await tx.run(RELATION_LOCK, { id });
  const relation = row ? toRelationRecord(row.relation) : null;
  if (!relation || !viewer.visibilities.includes(relation.visibility)) throw new NotFoundError('Relation', id, field);
  return relation;
}

/** Ids of live relations identical to `record` (same ends, type, direction and overlapping period). */
export async function duplicatesOf(tx: Tx, record: RelationRecord): Promise<string[]> {
  const rows = await tx.run(RELATION_DUPLICATES, {
    sourceId: record.sourceId,
    targetId: record.targetId,
    type: record.type,
    directed: record.directed,
    sinceKey: record.since ? startOf(record.since) : null,
    untilKey: record.until ? endOf(record.until) : null,
    excludeId: record.id,
  });
  return rows.map((row) => row.id);
}

/** Writes a new relation between its two actors. */
export async function insertRelation(tx: Tx, record: RelationRecord): Promise<RelationRecord> {
  const [row] = await tx.run(RELATION_CREATE, {
    sourceId: record.sourceId,
    targetId: record.targetId,
    props: relationProps(record),
  });
  return toRelationRecord(row!.relation);
}

/** Writes `patch` over a relation still at `version` (bumping it); null when it moved. */
export async function updateRelationRow(
  tx: Tx,
  id: string,
  version: number,
  patch: Record<string, unknown>,
): Promise<RelationRecord | null> {
  const [row] = await tx.run(RELATION_UPDATE, { id, expectedVersion: version, patch });
  return row ? toRelationRecord(row.relation) : null;
}
