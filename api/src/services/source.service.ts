import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import {
  checkSourceFields,
  newSourceRecord,
  SOURCE_EDITABLE_FIELDS,
  type SourceFields,
  type SourceRecord,
  type SubjectKind,
} from '../domain/source';
import { InputChecker } from '../domain/validation';
import { ConflictError, NotFoundError } from '../errors';
import type { ChangeInput } from '../repositories/change-log';
import { insertSource, lockSource, subjectOf, updateSourceRow } from '../repositories/source.repository';
import {
  createVersioned,
  type EntityWrites,
  patchVersioned,
  setDeletedVersioned,
  type VersionedKind,
} from './versioned-write';

/** Sources in the write cycle (versioned-write.ts). */
export const SOURCES: VersionedKind<SourceRecord> = {
  kind: 'SOURCE',
  label: 'Source',
  editable: SOURCE_EDITABLE_FIELDS,
  insert: insertSource,
  update: updateSourceRow,
};

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
    const subject = await subjectOf(tx, subjectId);
    if (!subject) throw new NotFoundError('Actor or relation', subjectId, 'subjectId');
    if (subject.deletedAt)
      throw new ConflictError(
        `${subject.kind === 'ACTOR' ? 'Actor' : 'Relation'} ${subjectId} is deleted; restore it first`,
        { field: 'subjectId' },
      );
    return attachSource(
      tx,
      viewer,
      { workspaceId: subject.workspaceId, subjectId, subjectKind: subject.kind as SubjectKind },
      input,
    );
  });
}

/**
 * Writes checked evidence on a subject inside the caller's transaction: createSource, and the
 * `evidence` of createActor and createRelation (the record and its source are written together).
 */
export function attachSource(
  tx: Tx,
  viewer: Viewer,
  subject: { workspaceId: string; subjectId: string; subjectKind: SubjectKind },
  input: SourceFields,
  change: Partial<ChangeInput> = {},
): Promise<SourceRecord> {
  return createVersioned(
    tx,
    viewer,
    SOURCES,
    newSourceRecord(randomUUID(), subject, input, viewer.id, new Date().toISOString()),
    change,
  );
}

/** Validates a patch of a locked source (merged with it) and writes it; shared by update and revert. */
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
  return patchVersioned(tx, viewer, SOURCES, current, { ...merged }, change);
}

export async function setSourceDeleted(
  tx: Tx,
  viewer: Viewer,
  current: SourceRecord,
  deleted: boolean,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<SourceRecord> {
  return setDeletedVersioned(tx, viewer, SOURCES, current, deleted, { expectedVersion, revertOf });
}

/** Updates, deletes, restores and reverts of sources (see versioned-write.ts). */
export const SOURCE_WRITES: EntityWrites<SourceRecord, SourceFields> = {
  label: 'Source',
  lock: lockSource,
  writePatch: writeSourcePatch,
  setDeleted: setSourceDeleted,
  revertable: null,
};
