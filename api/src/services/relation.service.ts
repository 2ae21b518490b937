import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import { unique } from '../domain/actor';
import {
  checkRelationFields,
  newRelationRecord,
  RELATION_EDITABLE_FIELDS,
  type RelationFields,
  type RelationRecord,
} from '../domain/relation';
import { checkSourceFields, type SourceFields } from '../domain/source';
import { InputChecker } from '../domain/validation';
import { SYMMETRIC_RELATION_TYPES } from '../domain/vocabulary';
import { ConflictError } from '../errors';
import { lockActors } from '../repositories/actor.repository';
import type { ChangeInput } from '../repositories/change-log';
import { relationProps } from '../repositories/relation-record';
import { duplicatesOf, insertRelation, lockRelation, updateRelationRow } from '../repositories/relation.repository';
import { knownThemeIds, requireWorkspace } from '../repositories/workspace.repository';
import {
  createVersioned,
  type EntityWrites,
  patchVersioned,
  setDeletedVersioned,
  type VersionedKind,
} from './versioned-write';
import { attachSource } from './source.service';

/** Relations in the write cycle (versioned-write.ts). */
export const RELATIONS: VersionedKind<RelationRecord> = {
  kind: 'RELATION',
  label: 'Relation',
  editable: RELATION_EDITABLE_FIELDS,
  insert: insertRelation,
  update: updateRelationRow,
};

/**
 * Refuses a live relation identical to `record`. Only sound once both ends are locked (checkEnds or
 * lockActors): otherwise an identical relation written by a transaction not yet committed is not seen.
 */
async function assertNoDuplicate(tx: Tx, record: RelationRecord, field: readonly string[]): Promise<void> {
  const duplicates = await duplicatesOf(tx, record);
  if (duplicates.length > 0) {
    new InputChecker()
      .add(
        field,
        `an identical active ${record.type} relation between these actors already exists (${duplicates.join(', ')})`,
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

/** Creates a relation between two live actors of a workspace; never a second identical live one. */
export async function createRelation(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  input: RelationFields,
  evidence: SourceFields | null = null,
): Promise<RelationRecord> {
  return db.writeTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    return createRelationIn(tx, viewer, workspace.id, input, evidence, ['input']);
  });
}

/**
 * Creates a relation in the caller's transaction (see createRelation): checked, its ends locked,
 * with its evidence; `change` adds to its CREATE change (a succession's operation).
 */
export async function createRelationIn(
  tx: Tx,
  viewer: Viewer,
  workspaceId: string,
  input: RelationFields,
  evidence: SourceFields | null,
  prefix: readonly string[],
  change: Partial<ChangeInput> = {},
): Promise<RelationRecord> {
  const type = input.type;
  const fields: RelationFields = {
    ...input,
    directed: input.directed ?? !(type && SYMMETRIC_RELATION_TYPES.includes(type)),
    confidence: input.confidence ?? 1,
    themes: unique(input.themes ?? []),
  };
  const check = new InputChecker();
  checkRelationFields(check, fields, prefix, { create: true, knownThemes: await knownThemeIds(tx, workspaceId) });
  // Locks the ends before checking them and before the duplicate check: see checkEnds.
  await checkEnds(tx, workspaceId, fields, check, prefix);
  if (evidence) checkSourceFields(check, evidence, ['evidence']);
  check.throwIfAny();
  const record = newRelationRecord(
    workspaceId,
    fields,
    fields.sourceId!,
    fields.targetId!,
    fields.externalId ?? null,
    viewer.id,
    new Date().toISOString(),
  );
  await assertNoDuplicate(tx, record, [...prefix]);
  const relation = await createVersioned(tx, viewer, RELATIONS, record, change);
  if (evidence)
    await attachSource(tx, viewer, { workspaceId, subjectId: relation.id, subjectKind: 'RELATION' }, evidence);
  return relation;
}

/** Validates a patch of a locked relation (merged with it) and writes it; shared by update and revert. */
export async function writeRelationPatch(
  tx: Tx,
  viewer: Viewer,
  current: RelationRecord,
  input: RelationFields,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<RelationRecord> {
  const patch: RelationFields = {
    ...input,
    ...(input.themes ? { themes: unique(input.themes) } : {}),
    ...(input.states === null ? { states: [] } : {}),
  };
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
  return patchVersioned(tx, viewer, RELATIONS, current, relationProps(merged), change);
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
  return setDeletedVersioned(tx, viewer, RELATIONS, current, deleted, {
    expectedVersion,
    revertOf,
    effects: {
      props: () => ({ deletedWith: null }),
      beforeRestore: async () => {
        const check = new InputChecker();
        await checkEnds(tx, current.workspaceId, current, check, []);
        if (!check.ok)
          throw new ConflictError(
            `Relation ${current.id} cannot be restored while one of its actors is deleted; restore the actor first`,
            { field: 'id' },
          );
        await assertNoDuplicate(tx, current, ['id']);
      },
    },
  });
}

/** Updates, deletes, restores and reverts of relations (see versioned-write.ts). */
export const RELATION_WRITES: EntityWrites<RelationRecord, RelationFields> = {
  label: 'Relation',
  lock: lockRelation,
  writePatch: writeRelationPatch,
  setDeleted: setRelationDeleted,
  revertable: null,
};
