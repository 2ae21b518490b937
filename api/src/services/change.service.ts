import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import { ACTOR_EDITABLE_FIELDS, type ActorFields } from '../domain/actor';
import type { RelationFields } from '../domain/relation';
import type { SourceFields } from '../domain/source';
import { ConflictError, NotFoundError } from '../errors';
import { lockActor } from '../repositories/actor.repository';
import { changeById, history, type ChangeRecord } from '../repositories/change.repository';
import { lockRelation } from '../repositories/relation.repository';
import { lockSource } from '../repositories/source.repository';
import { setActorDeleted, writeActorPatch } from './actor.service';
import { setRelationDeleted, writeRelationPatch } from './relation.service';
import { setSourceDeleted, writeSourcePatch } from './source.service';

const ACTOR_FIELDS: ReadonlySet<string> = new Set(ACTOR_EDITABLE_FIELDS);

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
 * by a restore (and vice versa), an update by writing back the values it replaced. Refused with
 * CONFLICT when the entity has changed since, so that no later edit is silently lost.
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
    const lock = { ACTOR: lockActor, RELATION: lockRelation, SOURCE: lockSource }[change.entityKind];
    const current = await lock(tx, viewer, change.entityId, 'id');
    if (change.version !== null && current.version !== change.version) {
      throw new ConflictError(
        `${change.entityKind.toLowerCase()} ${change.entityId} has changed since this change (version ${change.version}, now ${current.version}); revert the later changes first`,
        {
          field: 'id',
          currentVersion: current.version,
        },
      );
    }
    const meta = { action: 'REVERT' as const, revertOf: change.id };
    // Deletes and restores (and reverts of them) store only deletedAt: undo by toggling it back.
    const toggles = change.before !== null && 'deletedAt' in change.before;
    const creation = change.before === null && (change.action === 'CREATE' || change.action === 'IMPORT');
    if (creation || toggles) {
      const deleted = creation || change.before?.deletedAt !== null;
      if (change.entityKind === 'ACTOR')
        return setActorDeleted(tx, viewer, current as Awaited<ReturnType<typeof lockActor>>, deleted, null, change.id);
      if (change.entityKind === 'RELATION')
        return setRelationDeleted(
          tx,
          viewer,
          current as Awaited<ReturnType<typeof lockRelation>>,
          deleted,
          null,
          change.id,
        );
      return setSourceDeleted(tx, viewer, current as Awaited<ReturnType<typeof lockSource>>, deleted, null, change.id);
    }
    if (change.entityKind === 'ACTOR')
      return writeActorPatch(
        tx,
        viewer,
        current as Awaited<ReturnType<typeof lockActor>>,
        patchFrom(change.before, ACTOR_FIELDS) as ActorFields,
        meta,
      );
    if (change.entityKind === 'RELATION')
      return writeRelationPatch(
        tx,
        viewer,
        current as Awaited<ReturnType<typeof lockRelation>>,
        patchFrom(change.before, null) as RelationFields,
        meta,
      );
    return writeSourcePatch(
      tx,
      viewer,
      current as Awaited<ReturnType<typeof lockSource>>,
      patchFrom(change.before, null) as SourceFields,
      meta,
    );
  });
  const [latest] = await history(db, viewer, result.id, 1);
  return latest!;
}
