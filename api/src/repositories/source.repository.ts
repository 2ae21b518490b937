import { randomUUID } from 'node:crypto';
import { byIdScope, maySee, type Viewer } from '../auth/viewer';
import type { Visibility } from '../domain/vocabulary';
import {
  SOURCE_CREATE,
  SOURCE_LOCK,
  SOURCE_UPDATE,
  SOURCES_BY_IDS,
  SOURCES_OF_SUBJECTS,
  SUBJECT_FIND,
  type SourceNode,
} from '../db/queries/source.queries';
import type { Database, Tx } from '../db/run-query';
import {
  checkSourceFields,
  SOURCE_EDITABLE_FIELDS,
  type SourceFields,
  type SourceRecord,
  type SubjectKind,
} from '../domain/source';
import { RECORD_AUDIT_FIELDS } from '../domain/audit-fields';
import { InputChecker } from '../domain/validation';
import { ConflictError, NotFoundError } from '../errors';
import { assertVersion } from './actor.repository';
import { diffFields, recordChanges, type ChangeInput } from './change-log';

const RECORD_FIELDS = [
  'id',
  'workspaceId',
  'subjectId',
  'subjectKind',
  'title',
  'url',
  'document',
  'quote',
  'page',
  'accessed',
  'visibility',
  ...RECORD_AUDIT_FIELDS,
] as const satisfies readonly (keyof SourceRecord)[];

export function toSourceRecord(node: SourceNode): SourceRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) out[field] = node[field] ?? null;
  return out as unknown as SourceRecord;
}

/** Evidence of many actors or relations, in the order asked (DataLoader batch). */
export async function sourcesOfSubjects(
  db: Database,
  viewer: Viewer,
  subjectIds: readonly string[],
  includeDeleted = false,
): Promise<SourceRecord[][]> {
  const rows = await db.read(SOURCES_OF_SUBJECTS, {
    ws: null,
    ids: [...new Set(subjectIds)],
    visibilities: [...viewer.visibilities],
    includeDeleted,
  });
  const bySubject = new Map(rows.map((row) => [row.subjectId, row.sources.map(toSourceRecord)]));
  return subjectIds.map((id) => bySubject.get(id) ?? []);
}

export async function sourcesByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Array<SourceRecord | null>> {
  const rows = await db.read(SOURCES_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
  const byId = new Map(
    rows
      .filter((row) => maySee(viewer, row.source.workspaceId as string, row.source.visibility as Visibility))
      .map((row) => [row.source.id, toSourceRecord(row.source)]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

export async function lockSource(tx: Tx, viewer: Viewer, id: string, field = 'id'): Promise<SourceRecord> {
  const [row] = await tx.run(SOURCE_LOCK, { id });
  const source = row ? toSourceRecord(row.source) : null;
  if (!source || !viewer.visibilities.includes(source.visibility)) throw new NotFoundError('Source', id, field);
  return source;
}

/** Attaches evidence to an actor or a relation the viewer may see and that is not deleted. */
export async function createSource(
  db: Database,
  viewer: Viewer,
  subjectId: string,
  input: SourceFields,
): Promise<SourceRecord> {
  const check = new InputChecker();
  checkSourceFields(check, input, ['input']);
  check.throwIfAny();
  return db.writeTransaction(async (tx) => {
    const [subject] = await tx.run(SUBJECT_FIND, { id: subjectId });
    if (!subject) throw new NotFoundError('Actor or relation', subjectId, 'subjectId');
    if (subject.deletedAt)
      throw new ConflictError(
        `${subject.kind === 'ACTOR' ? 'Actor' : 'Relation'} ${subjectId} is deleted; restore it first`,
        { field: 'subjectId' },
      );
    const now = new Date().toISOString();
    const record: SourceRecord = {
      id: randomUUID(),
      workspaceId: subject.workspaceId,
      subjectId,
      subjectKind: subject.kind as SubjectKind,
      title: input.title ?? null,
      url: input.url ?? null,
      document: input.document ?? null,
      quote: input.quote ?? null,
      page: input.page ?? null,
      accessed: input.accessed ?? null,
      visibility: input.visibility ?? 'PUBLIC',
      version: 1,
      createdAt: now,
      createdBy: viewer.id,
      updatedAt: now,
      updatedBy: viewer.id,
      deletedAt: null,
    };
    const [row] = await tx.run(SOURCE_CREATE, { props: { ...record } });
    await recordChanges(tx, [
      {
        workspaceId: record.workspaceId,
        entityId: record.id,
        entityKind: 'SOURCE',
        action: 'CREATE',
        by: viewer.id,
        at: now,
        before: null,
        after: record,
        version: 1,
      },
    ]);
    return toSourceRecord(row!.source);
  });
}

export async function writeSourcePatch(
  tx: Tx,
  viewer: Viewer,
  current: SourceRecord,
  input: SourceFields,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<SourceRecord> {
  const merged: SourceRecord = { ...current, ...(input as Partial<SourceRecord>) };
  const check = new InputChecker();
  if (input.visibility === null) check.add(['input', 'visibility'], 'cannot be cleared');
  checkSourceFields(check, merged, ['input']);
  check.throwIfAny();
  const now = new Date().toISOString();
  const [row] = await tx.run(SOURCE_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: { ...merged, version: current.version, updatedAt: now, updatedBy: viewer.id },
  });
  if (!row) throw new ConflictError(`Source ${current.id} was changed by someone else; reload and try again`);
  const updated = toSourceRecord(row.source);
  const diff = diffFields(current, updated, SOURCE_EDITABLE_FIELDS);
  await recordChanges(tx, [
    {
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'SOURCE',
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

export async function updateSource(
  db: Database,
  viewer: Viewer,
  id: string,
  input: SourceFields,
  expectedVersion: number,
): Promise<SourceRecord> {
  return db.writeTransaction(async (tx) => {
    const current = await lockSource(tx, viewer, id);
    assertVersion('Source', current, expectedVersion);
    return writeSourcePatch(tx, viewer, current, input, { action: 'UPDATE' });
  });
}

export async function setSourceDeleted(
  tx: Tx,
  viewer: Viewer,
  current: SourceRecord,
  deleted: boolean,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<SourceRecord> {
  assertVersion('Source', current, expectedVersion);
  if (deleted === (current.deletedAt !== null))
    throw new ConflictError(`Source ${current.id} is ${deleted ? 'already deleted' : 'not deleted'}`, { field: 'id' });
  const now = new Date().toISOString();
  const [row] = await tx.run(SOURCE_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: { deletedAt: deleted ? now : null, updatedAt: now, updatedBy: viewer.id },
  });
  const updated = toSourceRecord(row!.source);
  await recordChanges(tx, [
    {
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'SOURCE',
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

export async function deleteSource(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
): Promise<SourceRecord> {
  return db.writeTransaction(async (tx) =>
    setSourceDeleted(tx, viewer, await lockSource(tx, viewer, id), true, expectedVersion),
  );
}

export async function restoreSource(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
): Promise<SourceRecord> {
  return db.writeTransaction(async (tx) =>
    setSourceDeleted(tx, viewer, await lockSource(tx, viewer, id), false, expectedVersion),
  );
}
