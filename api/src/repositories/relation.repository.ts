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
import {
  checkRelationFields,
  newRelationRecord,
  RELATION_EDITABLE_FIELDS,
  type RelationFields,
  type RelationRecord,
} from '../domain/relation';
import { unique, type ActorRecord } from '../domain/actor';
import type { ActorNode } from '../db/queries/actor.queries';
import { InputChecker } from '../domain/validation';
import {
  SYMMETRIC_RELATION_TYPES,
  type EngagementLevel,
  type Mode,
  type RelationType,
  type Visibility,
} from '../domain/vocabulary';
import { ConflictError, NotFoundError } from '../errors';
import { assertVersion, lockActors, toActorRecord } from './actor.repository';
import { diffFields, recordChanges, type ChangeInput } from './change-log';
import { decodeCursor, pageSize, toPage, type Page } from './cursor';
import { relationProps, toRelationRecord } from './relation-record';
import { knownThemeIds, requireWorkspace } from './workspace.repository';

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
  const rows = await db.read(RELATIONS_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
  const byId = new Map(
    rows
      .filter((row) =>
        maySee(
          viewer,
          row.relation.workspaceId as string,
          row.relation.visibility as Visibility,
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
) {
  const params = relationFilterParams(viewer, filter);
  const query = relationsOfActorsQuery({
    ...shape,
    filters: givenRelationFilters(params),
    includeDeleted: params.includeDeleted,
    allVisible: seesEverything(viewer),
    named: viewer.readerId !== null,
  });
  const rows = await db.read(query, { ...params, ids: [...new Set(actorIds)], direction });
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
  const [row] = await readRelationsOfActors(db, viewer, [id], 'BOTH', null, { ...shape, rootFields });
  return { actor: row?.root ? toActorRecord(row.root as ActorNode) : null, relations: row?.relations ?? [] };
}

export async function lockRelation(tx: Tx, viewer: Viewer, id: string, field = 'id'): Promise<RelationRecord> {
  const [row] = await tx.run(RELATION_LOCK, { id });
  const relation = row ? toRelationRecord(row.relation) : null;
  if (!relation || !viewer.visibilities.includes(relation.visibility)) throw new NotFoundError('Relation', id, field);
  return relation;
}

/**
 * Refuses a live relation identical to `record`. Only sound once both ends are locked (checkEnds or
 * lockActors): otherwise an identical relation written by a transaction not yet committed is not seen.
 */
async function assertNoDuplicate(tx: Tx, record: RelationRecord, field: readonly string[]): Promise<void> {
  const duplicates = await tx.run(RELATION_DUPLICATES, {
    sourceId: record.sourceId,
    targetId: record.targetId,
    type: record.type,
    directed: record.directed,
    sinceKey: record.since ? startOf(record.since) : null,
    untilKey: record.until ? endOf(record.until) : null,
    excludeId: record.id,
  });
  if (duplicates.length > 0) {
    new InputChecker()
      .add(
        field,
        `an identical active ${record.type} relation between these actors already exists (${duplicates.map((d) => d.id).join(', ')})`,
      )
      .throwIfAny();
  }
}

/**
 * Locks both ends (see lockActors) and checks that they exist in the workspace and are not deleted,
 * as committed when the locks were granted: until this transaction ends, neither can be deleted and
 * no identical relation can be written between them by another.
 */
async function checkEnds(
  tx: Tx,
  workspaceId: string,
  fields: RelationFields,
  check: InputChecker,
  prefix: readonly string[],
): Promise<void> {
  const found = await lockActors(tx, [fields.sourceId, fields.targetId]);
  for (const end of ['sourceId', 'targetId'] as const) {
    const id = fields[end];
    if (!id) continue;
    const row = found.get(id);
    if (!row) check.add([...prefix, end], `no actor with id ${id}`);
    else if (row.workspaceId !== workspaceId) check.add([...prefix, end], 'must be an actor of the same workspace');
    else if (row.deletedAt) check.add([...prefix, end], `actor ${id} is deleted; restore it first`);
  }
}

export async function createRelation(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  input: RelationFields,
): Promise<RelationRecord> {
  return db.writeTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    const type = input.type;
    const fields: RelationFields = {
      ...input,
      directed: input.directed ?? !(type && SYMMETRIC_RELATION_TYPES.includes(type)),
      confidence: input.confidence ?? 1,
      themes: unique(input.themes ?? []),
    };
    const check = new InputChecker();
    checkRelationFields(check, fields, ['input'], { create: true, knownThemes: await knownThemeIds(tx, workspace.id) });
    // Locks the ends before checking them and before the duplicate check: see checkEnds.
    await checkEnds(tx, workspace.id, fields, check, ['input']);
    check.throwIfAny();
    const now = new Date().toISOString();
    const record = newRelationRecord(
      workspace.id,
      fields,
      fields.sourceId!,
      fields.targetId!,
      fields.externalId ?? null,
      viewer.id,
      now,
    );
    await assertNoDuplicate(tx, record, ['input']);
    const [row] = await tx.run(RELATION_CREATE, {
      sourceId: record.sourceId,
      targetId: record.targetId,
      props: relationProps(record),
    });
    await recordChanges(tx, [
      {
        workspaceId: workspace.id,
        entityId: record.id,
        entityKind: 'RELATION',
        action: 'CREATE',
        by: viewer.id,
        at: now,
        before: null,
        after: record,
        version: 1,
      },
    ]);
    return toRelationRecord(row!.relation);
  });
}

/** Applies a patch to a locked relation after checking the merged result; shared by update and revert. */
export async function writeRelationPatch(
  tx: Tx,
  viewer: Viewer,
  current: RelationRecord,
  input: RelationFields,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<RelationRecord> {
  const patch: RelationFields = { ...input, ...(input.themes ? { themes: unique(input.themes) } : {}) };
  const merged: RelationRecord = { ...current, ...(patch as Partial<RelationRecord>) };
  const check = new InputChecker();
  for (const field of ['type', 'directed', 'confidence', 'visibility'] as const) {
    if (input[field] === null) check.add(['input', field], 'cannot be cleared');
  }
  checkRelationFields(check, merged, ['input'], {
    create: false,
    knownThemes: await knownThemeIds(tx, current.workspaceId),
  });
  check.throwIfAny();
  if (current.deletedAt === null) {
    // Both ends locked (the current ones and any new ones; RelationPatch has none today and
    // RELATION_UPDATE keeps the relationship's) so that no identical relation is written meanwhile.
    await lockActors(tx, [current.sourceId, current.targetId, merged.sourceId, merged.targetId]);
    await assertNoDuplicate(tx, merged, ['input']);
  }
  const now = new Date().toISOString();
  const next: RelationRecord = { ...merged, updatedAt: now, updatedBy: viewer.id };
  const [row] = await tx.run(RELATION_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: { ...relationProps(next), version: current.version },
  });
  if (!row) throw new ConflictError(`Relation ${current.id} was changed by someone else; reload and try again`);
  const updated = toRelationRecord(row.relation);
  const diff = diffFields(current, updated, RELATION_EDITABLE_FIELDS);
  await recordChanges(tx, [
    {
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'RELATION',
      by: viewer.id,
      at: now,
      before: diff.before,
      after: diff.after,
      version: updated.version,
      ...change,
    },
  ]);
  return updated;
}

export async function updateRelation(
  db: Database,
  viewer: Viewer,
  id: string,
  input: RelationFields,
  expectedVersion: number,
): Promise<RelationRecord> {
  return db.writeTransaction(async (tx) => {
    const current = await lockRelation(tx, viewer, id);
    assertVersion('Relation', current, expectedVersion);
    return writeRelationPatch(tx, viewer, current, input, { action: 'UPDATE' });
  });
}

/**
 * Soft-deletes or restores a relation; restoring needs both ends alive and no identical live
 * relation, both checked with the ends locked (checkEnds), so that a restore racing the delete of
 * one of its actors cannot leave the relation live on a deleted actor.
 */
export async function setRelationDeleted(
  tx: Tx,
  viewer: Viewer,
  current: RelationRecord,
  deleted: boolean,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<RelationRecord> {
  assertVersion('Relation', current, expectedVersion);
  if (deleted === (current.deletedAt !== null)) {
    throw new ConflictError(`Relation ${current.id} is ${deleted ? 'already deleted' : 'not deleted'}`, {
      field: 'id',
    });
  }
  if (!deleted) {
    const check = new InputChecker();
    await checkEnds(tx, current.workspaceId, current, check, []);
    if (!check.ok)
      throw new ConflictError(
        `Relation ${current.id} cannot be restored while one of its actors is deleted; restore the actor first`,
        { field: 'id' },
      );
    await assertNoDuplicate(tx, current, ['id']);
  }
  const now = new Date().toISOString();
  const [row] = await tx.run(RELATION_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: { deletedAt: deleted ? now : null, deletedWith: null, updatedAt: now, updatedBy: viewer.id },
  });
  const updated = toRelationRecord(row!.relation);
  await recordChanges(tx, [
    {
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'RELATION',
      action: revertOf ? 'REVERT' : deleted ? 'DELETE' : 'RESTORE',
      by: viewer.id,
      at: now,
      before: { deletedAt: current.deletedAt },
      after: { deletedAt: updated.deletedAt },
      version: updated.version,
      revertOf: revertOf ?? null,
    },
  ]);
  return updated;
}

export async function deleteRelation(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
): Promise<RelationRecord> {
  return db.writeTransaction(async (tx) =>
    setRelationDeleted(tx, viewer, await lockRelation(tx, viewer, id), true, expectedVersion),
  );
}

export async function restoreRelation(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
): Promise<RelationRecord> {
  return db.writeTransaction(async (tx) =>
    setRelationDeleted(tx, viewer, await lockRelation(tx, viewer, id), false, expectedVersion),
  );
}
