import { maySee, type Viewer } from '../auth/viewer';
import { CHANGE_BY_ID, CHANGE_HISTORY, ENTITY_WORKSPACE, type ChangeNode } from '../db/queries/change.queries';
import type { Database } from '../db/run-query';
import { ACTOR_EDITABLE_FIELDS, type ActorFields } from '../domain/actor';
import type { RelationFields } from '../domain/relation';
import type { SourceFields } from '../domain/source';
import type { Visibility } from '../domain/vocabulary';
import { ConflictError, NotFoundError } from '../errors';
import { lockActor, setActorDeleted, writeActorPatch } from './actor.repository';
import { pageSize } from './cursor';
import { lockRelation, relationsByIds, setRelationDeleted, writeRelationPatch } from './relation.repository';
import { lockSource, setSourceDeleted, writeSourcePatch } from './source.repository';

export interface ChangeRecord {
  id: string;
  workspaceId: string;
  entityId: string;
  entityKind: 'ACTOR' | 'RELATION' | 'SOURCE';
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'REVERT' | 'IMPORT';
  at: string;
  by: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  version: number | null;
  revertOf: string | null;
  causeId: string | null;
}

function parseJson(text: string | null): Record<string, unknown> | null {
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

export function toChangeRecord(node: ChangeNode): ChangeRecord {
  return {
    ...node,
    entityKind: node.entityKind as ChangeRecord['entityKind'],
    action: node.action as ChangeRecord['action'],
    before: parseJson(node.before),
    after: parseJson(node.after),
    revertOf: node.revertOf ?? null,
    causeId: node.causeId ?? null,
  };
}

/** The workspace of an actor, relation or source, and the visibility of what it reveals. */
export async function entityOwner(
  db: Database,
  id: string,
): Promise<{
  workspaceId: string;
  elements: Array<{ visibility: Visibility; readers: string[] | null }>;
  workspaceVisibility: Visibility;
  workspaceDeleted: boolean;
} | null> {
  const [row] = await db.read(ENTITY_WORKSPACE, { id });
  return row ?? null;
}

/** The entity a change is about, or null when there is no such change. */
export async function changeEntity(
  db: Database,
  changeId: string,
): Promise<{ entityId: string; entityKind: string } | null> {
  const [row] = await db.read(CHANGE_BY_ID, { id: changeId });
  return row ? { entityId: row.change.entityId, entityKind: row.change.entityKind } : null;
}

/**
 * The history of an actor, relation or source the viewer may see, newest first. A change that
 * lists other records (the relations deleted or restored with an actor) lists only those the
 * viewer may see.
 */
export async function history(
  db: Database,
  viewer: Viewer,
  entityId: string,
  first?: number | null,
): Promise<ChangeRecord[]> {
  const limit = pageSize(first, { fallback: 100, max: 1000 });
  const changes = await db.readTransaction(async (tx) => {
    const [owner] = await tx.run(ENTITY_WORKSPACE, { id: entityId });
    // An entity the viewer may not see has no history for them either.
    if (!owner || !maySee(viewer, owner.workspaceId, ...owner.elements))
      throw new NotFoundError('Entity', entityId, 'entityId');
    const rows = await tx.run(CHANGE_HISTORY, { ws: owner.workspaceId, entityId, limit });
    return rows.map((row) => toChangeRecord(row.change));
  });
  // Who else is named as a reader is for the workspace's editors to know.
  if (!viewer.canEdit) {
    for (const change of changes) {
      for (const side of [change.before, change.after]) if (side && 'readers' in side) delete side.readers;
    }
  }
  const listed = new Set(
    changes.flatMap((change) => [...listedRelations(change.before), ...listedRelations(change.after)]),
  );
  if (listed.size === 0) return changes;
  const visible = new Set(
    (await relationsByIds(db, viewer, [...listed])).flatMap((relation) => (relation ? [relation.id] : [])),
  );
  const keepVisible = (side: Record<string, unknown> | null) =>
    side && Array.isArray(side.relations)
      ? { ...side, relations: side.relations.filter((id) => typeof id === 'string' && visible.has(id)) }
      : side;
  return changes.map((change) => ({ ...change, before: keepVisible(change.before), after: keepVisible(change.after) }));
}

function listedRelations(side: Record<string, unknown> | null): string[] {
  return side && Array.isArray(side.relations)
    ? side.relations.filter((id): id is string => typeof id === 'string')
    : [];
}

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
    const [row] = await tx.run(CHANGE_BY_ID, { id: changeId });
    if (!row) throw new NotFoundError('Change', changeId, 'id');
    const change = toChangeRecord(row.change);
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
