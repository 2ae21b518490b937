import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import { ConflictError } from '../errors';
import {
  diffFields,
  recordChanges,
  recordImportBatch,
  type ChangeInput,
  type EntityKind,
  type ImportedRecord,
} from '../repositories/change-log';
import type { Visibility } from '../domain/vocabulary';
import type { BatchWrites } from '../repositories/import.repository';

/**
 * The write cycle, written once for actors, relations and sources (and used by revert): every
 * write runs inside one transaction, on a record read under its write lock, and goes
 *
 *   lock → version check → validation (by the entity's service) → guarded write → change record
 *
 * The guarded write only lands if the stored version is still the one read, so no update is lost
 * even if a lock was skipped; the change record commits with the write, and moves the workspace's
 * revisions (see CHANGES_CREATE).
 */
export interface VersionedRecord {
  id: string;
  /** The workspace a record belongs to (a workspace is its own: see VersionedKind.workspaceOf). */
  workspaceId?: string;
  version: number;
  deletedAt: string | null;
}

/** How one kind of record is written: its name, its editable fields and its two statements. */
export interface VersionedKind<R extends VersionedRecord> {
  kind: EntityKind;
  /** For messages: Actor, Relation, Source. */
  label: string;
  /** The fields a change records before/after values of. */
  editable: readonly string[];
  insert(tx: Tx, record: R): Promise<R>;
  /** The workspace whose change log records its changes (default: `record.workspaceId`). */
  workspaceOf?(record: R): string;
  /** Writes `patch` when the stored version is still `version` (and bumps it); null otherwise. */
  update(tx: Tx, id: string, version: number, patch: Record<string, unknown>): Promise<R | null>;
}

/** CONFLICT when the client's version is not the current one (null: the client did not say). */
export function assertVersion(
  label: string,
  current: { id: string; version: number },
  expected: number | null | undefined,
): void {
  if (expected !== undefined && expected !== null && current.version !== expected) {
    throw new ConflictError(
      `${label} ${current.id} has changed since version ${expected} (now at version ${current.version}); reload and try again`,
      { field: 'expectedVersion', currentVersion: current.version, expectedVersion: expected },
    );
  }
}

/** Writes a new record (version 1) and its CREATE change (`change` adds to it, e.g. an operation). */
export async function createVersioned<R extends VersionedRecord>(
  tx: Tx,
  viewer: Viewer,
  kind: VersionedKind<R>,
  record: R,
  change: Partial<ChangeInput> = {},
): Promise<R> {
  const created = await kind.insert(tx, record);
  await recordChanges(tx, [
    {
      workspaceId: workspaceOf(kind, record),
      entityId: record.id,
      entityKind: kind.kind,
      action: 'CREATE',
      by: viewer.id,
      at: (record as { createdAt?: string }).createdAt ?? now(),
      before: null,
      after: record,
      version: 1,
      ...change,
    },
  ]);
  return created;
}

/**
 * Writes `next` over the locked `current` (already validated) and records what changed, with
 * `change` naming the action (UPDATE, or REVERT with the change it reverts).
 */
export async function patchVersioned<R extends VersionedRecord>(
  tx: Tx,
  viewer: Viewer,
  kind: VersionedKind<R>,
  current: R,
  props: Record<string, unknown>,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<R> {
  const at = now();
  const updated = await kind.update(tx, current.id, current.version, {
    ...props,
    id: current.id,
    version: current.version,
    updatedAt: at,
    updatedBy: viewer.id,
  });
  if (!updated)
    throw new ConflictError(`${kind.label} ${current.id} was changed by someone else; reload and try again`);
  const diff = diffFields(current as Record<string, unknown>, updated as Record<string, unknown>, kind.editable);
  await recordChanges(tx, [
    {
      workspaceId: workspaceOf(kind, current),
      entityId: current.id,
      entityKind: kind.kind,
      by: viewer.id,
      at,
      before: diff.before,
      after: diff.after,
      version: updated.version,
      ...change,
    },
  ]);
  return updated;
}

/** What a delete or restore of one kind does besides toggling `deletedAt`. */
export interface ToggleEffects<R> {
  /** Checks that must hold before a restore (e.g. a relation's actors are live); throws if not. */
  beforeRestore?: () => Promise<void>;
  /** More properties to write with the toggle (e.g. which change deleted an actor). */
  props?: (deleted: boolean, changeId: string) => Record<string, unknown>;
  /** Records deleted or restored with this one (an actor's relations): their changes, caused by this one. */
  cascade?: (
    updated: R,
    deleted: boolean,
    changeId: string,
    at: string,
  ) => Promise<{ ids: string[]; changes: ChangeInput[] }>;
}

/**
 * Soft-deletes (`deleted`) or restores a locked record, with what goes with it, and records the
 * change (DELETE / RESTORE, or REVERT when `revertOf` names the change it undoes).
 */
export async function setDeletedVersioned<R extends VersionedRecord>(
  tx: Tx,
  viewer: Viewer,
  kind: VersionedKind<R>,
  current: R,
  deleted: boolean,
  options: {
    expectedVersion?: number | null;
    revertOf?: string | undefined;
    effects?: ToggleEffects<R>;
    /** Adds to the change (an operation's step; its id, when given, is the change's). */
    change?: Partial<ChangeInput>;
  } = {},
): Promise<R> {
  assertVersion(kind.label, current, options.expectedVersion);
  if (deleted === (current.deletedAt !== null)) {
    throw new ConflictError(`${kind.label} ${current.id} is ${deleted ? 'already deleted' : 'not deleted'}`, {
      field: 'id',
    });
  }
  if (!deleted) await options.effects?.beforeRestore?.();
  const at = now();
  const changeId = options.change?.id ?? randomUUID();
  const updated = await kind.update(tx, current.id, current.version, {
    deletedAt: deleted ? at : null,
    updatedAt: at,
    updatedBy: viewer.id,
    ...options.effects?.props?.(deleted, changeId),
  });
  if (!updated)
    throw new ConflictError(`${kind.label} ${current.id} was changed by someone else; reload and try again`);
  const cascade = (await options.effects?.cascade?.(updated, deleted, changeId, at)) ?? null;
  await recordChanges(tx, [
    {
      workspaceId: workspaceOf(kind, current),
      entityId: current.id,
      entityKind: kind.kind,
      action: options.revertOf ? 'REVERT' : deleted ? 'DELETE' : 'RESTORE',
      by: viewer.id,
      at,
      before: { deletedAt: current.deletedAt },
      after: { deletedAt: updated.deletedAt, ...(cascade ? { relations: cascade.ids } : {}) },
      version: updated.version,
      revertOf: options.revertOf ?? null,
      ...options.change,
      id: changeId,
    },
    ...(cascade?.changes ?? []),
  ]);
  return updated;
}

function now(): string {
  return new Date().toISOString();
}

/** The writes of one kind of record that work on a locked record (update, delete, restore, revert). */
export interface EntityWrites<R extends VersionedRecord, F> {
  label: string;
  lock(tx: Tx, viewer: Viewer, id: string, field?: string): Promise<R>;
  /** Validates `input` against the locked record and writes it (UPDATE, or REVERT). */
  writePatch(
    tx: Tx,
    viewer: Viewer,
    current: R,
    input: F,
    change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
  ): Promise<R>;
  setDeleted(
    tx: Tx,
    viewer: Viewer,
    current: R,
    deleted: boolean,
    expectedVersion?: number | null,
    revertOf?: string,
  ): Promise<R>;
  /** The fields a revert may write back (null: every recorded field). */
  revertable: ReadonlySet<string> | null;
}

/** Updates record `id` if it is still at `expectedVersion`. */
export function updateById<R extends VersionedRecord, F>(
  db: Database,
  viewer: Viewer,
  writes: EntityWrites<R, F>,
  id: string,
  input: F,
  expectedVersion: number,
): Promise<R> {
  return db.writeTransaction(async (tx) => {
    const current = await writes.lock(tx, viewer, id);
    assertVersion(writes.label, current, expectedVersion);
    return writes.writePatch(tx, viewer, current, input, { action: 'UPDATE' });
  });
}

/** Soft-deletes (`deleted`) or restores record `id`, with what goes with it. */
export function setDeletedById<R extends VersionedRecord, F>(
  db: Database,
  viewer: Viewer,
  writes: EntityWrites<R, F>,
  id: string,
  deleted: boolean,
  expectedVersion?: number | null,
): Promise<R> {
  return db.writeTransaction(async (tx) =>
    writes.setDeleted(tx, viewer, await writes.lock(tx, viewer, id), deleted, expectedVersion),
  );
}

/** The import a batch belongs to, and the batch's number and change id (ADR 0026). */
export interface ImportBatch {
  importId: string;
  number: number;
  changeId: string;
}

/**
 * The write cycle for one batch of an import: new records, and patches of records read before the
 * batch, each landing only if its stored version is still the one read (CONFLICT otherwise, and the
 * batch rolls back), with one IMPORT change for the whole batch that holds each record's
 * before/after (ADR 0026). `around` gives what a record reveals besides itself (a relation's
 * actors' visibility), for the revisions the change moves.
 */
export async function importVersioned<R extends VersionedRecord & { visibility: Visibility }>(
  tx: Tx,
  viewer: Viewer,
  kind: VersionedKind<R>,
  writes: BatchWrites<R>,
  batch: ImportBatch,
  records: { creates: R[]; updates: Array<{ before: R; after: R }> },
  at: string,
  around: (record: R) => Visibility[] = () => [],
): Promise<void> {
  const { creates, updates } = records;
  if (creates.length === 0 && updates.length === 0) return;
  if (creates.length) await writes.insertMany(tx, creates, batch.changeId);
  if (updates.length) {
    const written = await writes.updateMany(
      tx,
      updates.map(({ before, after }) => ({ id: before.id, version: before.version, record: after })),
      batch.changeId,
    );
    if (written !== updates.length) {
      throw new ConflictError(`Some ${kind.label.toLowerCase()}s changed while importing; run the import again`);
    }
  }
  const imported = new Map<string, ImportedRecord>();
  for (const record of creates) {
    const after = pick(record, kind.editable);
    imported.set(record.id, {
      entry: { before: null, after, version: 1 },
      visibility: record.visibility,
      around: around(record),
    });
  }
  for (const { before, after } of updates) {
    const diff = diffFields(before as Record<string, unknown>, after as Record<string, unknown>, kind.editable);
    imported.set(before.id, {
      entry: { ...diff, version: after.version },
      visibility: after.visibility,
      around: around(after),
    });
  }
  await recordImportBatch(tx, {
    id: batch.changeId,
    importId: batch.importId,
    number: batch.number,
    workspaceId: workspaceOf(kind, (creates[0] ?? updates[0]!.before) as R),
    entityKind: kind.kind,
    by: viewer.id,
    at,
    records: imported,
  });
}

/** The given fields a record sets (what a creation's history shows; empty ones left out, to keep it small). */
function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) out[field] = value;
  }
  return out;
}

function workspaceOf<R extends VersionedRecord>(kind: VersionedKind<R>, record: R): string {
  return kind.workspaceOf ? kind.workspaceOf(record) : record.workspaceId!;
}
