import { maySee, type Viewer } from '../auth/viewer';
import {
  CHANGE_BY_ID,
  CHANGE_HISTORY,
  CHANGES_OF_OPERATION,
  ENTITY_WORKSPACE,
  type ChangeNode,
} from '../db/queries/change.queries';
import type { Database, Tx } from '../db/run-query';
import type { Visibility } from '../domain/vocabulary';
import type { ImportEntry, ChangeOperation } from './change-log';
import { NotFoundError } from '../errors';
import { pageSize } from './cursor';
import { relationsByIds } from './relation.repository';

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
  operation: ChangeOperation | null;
  operationId: string | null;
  /** An import batch's change (operation IMPORT): each record's part of it, by entity id (ADR 0026). */
  records?: Record<string, ImportEntry>;
  /** An import batch's number in its import. */
  batch?: number;
}

function parseJson(text: string | null): Record<string, unknown> | null {
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

export function toChangeRecord(node: ChangeNode): ChangeRecord {
  const { records, batch, ...fields } = node;
  return {
    ...fields,
    ...(records ? { records: JSON.parse(records) as Record<string, ImportEntry> } : {}),
    ...(typeof batch === 'number' ? { batch } : {}),
    entityKind: node.entityKind as ChangeRecord['entityKind'],
    action: node.action as ChangeRecord['action'],
    before: parseJson(node.before),
    after: parseJson(node.after),
    revertOf: node.revertOf ?? null,
    causeId: node.causeId ?? null,
    operation: (node.operation ?? null) as ChangeRecord['operation'],
    operationId: node.operationId ?? null,
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
): Promise<{ entityId: string; entityKind: string; workspaceId: string; importBatch: boolean } | null> {
  const [row] = await db.read(CHANGE_BY_ID, { id: changeId });
  return row
    ? {
        entityId: row.change.entityId,
        entityKind: row.change.entityKind,
        workspaceId: row.change.workspaceId,
        // An import batch's change is about the import (its entityId), not one record.
        importBatch: row.change.operation === 'IMPORT',
      }
    : null;
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
    return rows.map((row) => entityPart(toChangeRecord(row.change), entityId));
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

/**
 * A change as it concerns one entity: an import batch's change (ADR 0026) is answered as that
 * entity's IMPORT change, with its before, after and version; any other change as it is.
 */
export function entityPart(change: ChangeRecord, entityId: string): ChangeRecord {
  const { records, batch: _batch, ...rest } = change;
  if (!records) return change;
  const entry = records[entityId];
  return {
    ...rest,
    entityId,
    before: (entry?.before ?? null) as Record<string, unknown> | null,
    after: (entry?.after ?? null) as Record<string, unknown> | null,
    version: entry?.version ?? null,
  };
}

function listedRelations(side: Record<string, unknown> | null): string[] {
  return side && Array.isArray(side.relations)
    ? side.relations.filter((id): id is string => typeof id === 'string')
    : [];
}

/** The changes of a succession operation in the order recorded, read in the caller's transaction. */
export async function changesOfOperation(tx: Tx, workspaceId: string, operationId: string): Promise<ChangeRecord[]> {
  const rows = await tx.run(CHANGES_OF_OPERATION, { ws: workspaceId, operationId });
  return rows.map((row) => toChangeRecord(row.change));
}

/** One change by id, read in the caller's transaction (to revert it), or null. */
export async function changeById(tx: Tx, id: string): Promise<ChangeRecord | null> {
  const [row] = await tx.run(CHANGE_BY_ID, { id });
  return row ? toChangeRecord(row.change) : null;
}
