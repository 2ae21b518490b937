import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import { ConflictError, NotFoundError } from '../errors';
import {
  changeById,
  changesOfOperation,
  entityPart,
  history,
  type ChangeRecord,
} from '../repositories/change.repository';
import { ACTOR_WRITES } from './actor.service';
import { RELATION_WRITES } from './relation.service';
import { SOURCE_WRITES } from './source.service';
import type { EntityWrites, VersionedRecord } from './versioned-write';

const WRITES = { ACTOR: ACTOR_WRITES, RELATION: RELATION_WRITES, SOURCE: SOURCE_WRITES };

/** The `before` values of an update, limited to fields a patch may set. */
function patchFrom(
  before: Record<string, unknown> | null,
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(before ?? {})) {
    if (allowed === null || allowed.has(field)) patch[field] = value;
  }
  return patch;
}

/**
 * Undoes one change, recorded as a REVERT change: a creation is undone by a soft delete, a delete
 * by a restore (and vice versa), an update by writing back the values it replaced. A change that is
 * a step of a succession (rename, merge, split) is undone with every other step of it, in the same
 * transaction, and the REVERT of the change asked about is returned; a change of an import batch is
 * undone with the whole import (ADR 0026). Refused with CONFLICT when a
 * record has changed since, so that no later edit is silently lost.
 */
export async function revertChange(db: Database, viewer: Viewer, changeId: string): Promise<ChangeRecord> {
  const result = await db.writeTransaction(async (tx) => {
    const change = await changeById(tx, changeId);
    if (!change) throw new NotFoundError('Change', changeId, 'id');
    if (change.causeId) {
      throw new ConflictError(`Change ${changeId} was caused by change ${change.causeId}; revert that one instead`, {
        field: 'id',
        causeId: change.causeId,
      });
    }
    if (!change.operationId) return revertOne(tx, viewer, change);
    if (change.operation === 'IMPORT') return revertImport(tx, viewer, change.workspaceId, change.operationId);
    let asked: VersionedRecord | null = null;
    for (const step of await changesOfOperation(tx, change.workspaceId, change.operationId)) {
      const reverted = await revertOne(tx, viewer, step);
      if (step.id === change.id) asked = reverted;
    }
    return asked!;
  });
  const [latest] = await history(db, viewer, result.id, 1);
  return latest!;
}

/**
 * Reverts a whole import (ADR 0026): every record of every batch, the last written first (so a
 * relation is deleted before its actor); answers the first record reverted.
 */
async function revertImport(tx: Tx, viewer: Viewer, workspaceId: string, importId: string): Promise<VersionedRecord> {
  const batches = (await changesOfOperation(tx, workspaceId, importId)).sort((a, b) => (b.batch ?? 0) - (a.batch ?? 0));
  let first: VersionedRecord | null = null;
  for (const batch of batches) {
    for (const entityId of Object.keys(batch.records ?? {}).reverse()) {
      const reverted = await revertOne(tx, viewer, entityPart(batch, entityId));
      first ??= reverted;
    }
  }
  if (!first)
    throw new ConflictError(`Import ${importId} wrote no record; there is nothing to revert`, { field: 'id' });
  return first;
}

/** Reverts one change in the caller's transaction; see revertChange. */
async function revertOne(tx: Tx, viewer: Viewer, change: ChangeRecord): Promise<VersionedRecord> {
  // One kind's writes; the records' own types do not matter to a revert.
  const writes = WRITES[change.entityKind] as EntityWrites<VersionedRecord, object>;
  const current = await writes.lock(tx, viewer, change.entityId, 'id');
  if (change.version !== null && current.version !== change.version) {
    throw new ConflictError(
      `${change.entityKind.toLowerCase()} ${change.entityId} has changed since this change (version ${change.version}, now ${current.version}); revert the later changes first`,
      {
        field: 'id',
        currentVersion: current.version,
      },
    );
  }
  // Deletes and restores (and reverts of them) store only deletedAt: undo by toggling it back.
  const toggles = change.before !== null && 'deletedAt' in change.before;
  const creation = change.before === null && (change.action === 'CREATE' || change.action === 'IMPORT');
  if (creation || toggles) {
    const deleted = creation || change.before?.deletedAt !== null;
    return writes.setDeleted(tx, viewer, current, deleted, null, change.id);
  }
  // A step of an operation says so on its revert too, so a client knows more than one record moved.
  return writes.writePatch(tx, viewer, current, patchFrom(change.before, writes.revertable), {
    action: 'REVERT',
    revertOf: change.id,
    ...(change.operation ? { operation: change.operation } : {}),
  });
}
