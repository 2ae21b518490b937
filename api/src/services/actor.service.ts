import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import {
  ACTOR_EDITABLE_FIELDS,
  alignActorAliases,
  checkActorDates,
  checkActorFields,
  newActorRecord,
  normaliseActorFields,
  type ActorFields,
  type ActorRecord,
} from '../domain/actor';
import { checkSourceFields, type SourceFields } from '../domain/source';
import { InputChecker } from '../domain/validation';
import { sectorOf } from '../domain/vocabulary';
import {
  actorProps,
  deletingChange,
  insertActor,
  liveRelationsOf,
  lockActor,
  relationsDeletedWith,
  updateActorRow,
} from '../repositories/actor.repository';
import type { ChangeInput } from '../repositories/change-log';
import { identifierHolders } from '../repositories/identifier.repository';
import { updateRelationRow } from '../repositories/relation.repository';
import { knownThemeIds, requireWorkspace } from '../repositories/workspace.repository';
import {
  createVersioned,
  type EntityWrites,
  patchVersioned,
  setDeletedVersioned,
  type VersionedKind,
} from './versioned-write';
import { attachSource } from './source.service';

/** Actors in the write cycle (versioned-write.ts). */
export const ACTORS: VersionedKind<ActorRecord> = {
  kind: 'ACTOR',
  label: 'Actor',
  editable: [...ACTOR_EDITABLE_FIELDS, 'sector'],
  insert: insertActor,
  update: updateActorRow,
};

/** Creates an actor in a workspace (the viewer scoped to it, as an editor). */
export async function createActor(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  input: ActorFields,
  evidence: SourceFields | null = null,
): Promise<ActorRecord> {
  const normalised = normaliseActorFields(input);
  return db.writeTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    const check = new InputChecker();
    const fields = alignActorAliases(check, normalised, { aliases: [], aliasLanguages: [] }, ['input']);
    checkActorFields(check, fields, ['input'], { create: true, knownThemes: await knownThemeIds(tx, workspace.id) });
    const record = newActorRecord(workspace.id, fields, viewer.id, new Date().toISOString());
    checkActorDates(check, record, ['input']);
    if (evidence) checkSourceFields(check, evidence, ['evidence']);
    check.throwIfAny();
    await assertIdentifiersFree(tx, viewer, record, record.identifiers, record.identifiers);
    const actor = await createVersioned(tx, viewer, ACTORS, record);
    if (evidence)
      await attachSource(
        tx,
        viewer,
        { workspaceId: workspace.id, subjectId: actor.id, subjectKind: 'ACTOR' },
        evidence,
      );
    return actor;
  });
}

/** Validates a patch of a locked actor and writes it; shared by update and revert. */
export async function writeActorPatch(
  tx: Tx,
  viewer: Viewer,
  current: ActorRecord,
  input: ActorFields,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<ActorRecord> {
  const check = new InputChecker();
  const patch = alignActorAliases(check, normaliseActorFields(input), current, ['input']);
  checkActorFields(check, patch, ['input'], {
    create: false,
    knownThemes: await knownThemeIds(tx, current.workspaceId),
  });
  const next: ActorRecord = { ...current, ...(patch as Partial<ActorRecord>) };
  checkActorDates(check, next, ['input']);
  check.throwIfAny();
  if (patch.identifiers && current.deletedAt === null) {
    const added = patch.identifiers.filter((key) => !current.identifiers.includes(key));
    await assertIdentifiersFree(tx, viewer, current, patch.identifiers, added);
  }
  if (patch.kind) next.sector = sectorOf(patch.kind);
  return patchVersioned(tx, viewer, ACTORS, current, actorProps(next), change);
}

/**
 * Refuses identifiers that another live actor of the workspace already holds, naming it (the
 * decision of docs/adr/0031: one identifier, one actor; a second actor is a duplicate to merge).
 * Only actors the writer may see count, so that a refusal never reveals a hidden one.
 */
async function assertIdentifiersFree(
  tx: Tx,
  viewer: Viewer,
  actor: Pick<ActorRecord, 'id' | 'workspaceId'>,
  identifiers: readonly string[],
  keys: readonly string[],
): Promise<void> {
  const holders = await identifierHolders(tx, viewer, actor.workspaceId, actor.id, keys);
  if (holders.length === 0) return;
  const check = new InputChecker();
  for (const holder of holders) {
    for (const key of holder.identifiers.filter((held) => keys.includes(held))) {
      check.add(
        ['input', 'identifiers', identifiers.indexOf(key)],
        `${key} is already an identifier of actor ${holder.id} (${holder.name}); merge the two if they are one organisation`,
      );
    }
  }
  check.throwIfAny();
}

/**
 * Deletes or restores a locked actor with the relations that go with it: on delete, its live
 * relations (read after its lock, so none is created meanwhile), marked with this change; on
 * restore, those marked with the change that deleted it, unless their other end is deleted.
 */
export async function setActorDeleted(
  tx: Tx,
  viewer: Viewer,
  current: ActorRecord,
  deleted: boolean,
  expectedVersion?: number | null,
  revertOf?: string,
  change: Partial<ChangeInput> = {},
): Promise<ActorRecord> {
  const deletedBy = deleted ? null : await deletingChange(tx, current.id);
  return setDeletedVersioned(tx, viewer, ACTORS, current, deleted, {
    expectedVersion,
    revertOf,
    change,
    effects: {
      props: (isDeleted, changeId) => ({ deletedByChange: isDeleted ? changeId : null }),
      cascade: async (_updated, isDeleted, changeId, at) => {
        const related = isDeleted
          ? await liveRelationsOf(tx, current.id)
          : await relationsDeletedWith(tx, current.id, deletedBy ?? '');
        const changes: ChangeInput[] = [];
        for (const relation of related) {
          const record = await updateRelationRow(tx, relation.id, relation.version, {
            deletedAt: isDeleted ? at : null,
            deletedWith: isDeleted ? changeId : null,
            updatedAt: at,
            updatedBy: viewer.id,
          });
          changes.push({
            workspaceId: current.workspaceId,
            entityId: relation.id,
            entityKind: 'RELATION',
            action: isDeleted ? 'DELETE' : 'RESTORE',
            by: viewer.id,
            at,
            before: { deletedAt: (relation.deletedAt as string | null | undefined) ?? null },
            after: { deletedAt: record!.deletedAt },
            version: record!.version,
            causeId: changeId,
          });
        }
        return { ids: related.map((relation) => relation.id), changes };
      },
    },
  });
}

/** Updates, deletes, restores and reverts of actors (see versioned-write.ts). */
export const ACTOR_WRITES: EntityWrites<ActorRecord, ActorFields> = {
  label: 'Actor',
  lock: lockActor,
  writePatch: writeActorPatch,
  setDeleted: setActorDeleted,
  revertable: new Set(ACTOR_EDITABLE_FIELDS),
};
