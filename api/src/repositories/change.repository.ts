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
import type { SuccessionOperation } from './change-log';
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
  operation: SuccessionOperation | null;
  operationId: string | null;
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
