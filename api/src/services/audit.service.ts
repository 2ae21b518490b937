import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/run-query';
import { auditOfWorkspace, insertAuditEvents } from '../repositories/account.repository';

/** What the audit log records besides data writes (those are the change log, shown with it). */
export type AuditAction =
  | 'SIGN_UP'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'MEMBER_ADDED'
  | 'ROLE_CHANGED'
  | 'MEMBER_REMOVED'
  | 'INVITATION_CREATED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_REVOKED'
  | 'TOKEN_CREATED'
  | 'TOKEN_REVOKED'
  | 'TOKEN_USED';

export interface AuditEntry {
  workspaceId: string | null;
  action: AuditAction;
  /** Who did it: a user id, or `anonymous` for failed sign-ins of unknown addresses. */
  actorId: string;
  subjectId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** Records audit events, in the caller's transaction when given one. */
export async function audit(runner: Database | Tx, entries: readonly AuditEntry[]): Promise<void> {
  const at = new Date().toISOString();
  await insertAuditEvents(
    runner,
    entries.map((entry) => ({
      id: randomUUID(),
      workspaceId: entry.workspaceId,
      at,
      actorId: entry.actorId,
      action: entry.action,
      subjectId: entry.subjectId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })),
  );
}

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string;
  actorEmail: string | null;
  action: string;
  subjectId: string | null;
  detail: string | null;
}

/** A page of a workspace's audit log (events and data writes), newest first. */
export async function workspaceAuditLog(
  db: Database,
  workspaceId: string,
  before: { at: string; id: string } | null,
  limit: number,
): Promise<AuditEventView[]> {
  const rows = await auditOfWorkspace(db, workspaceId, before, limit);
  return rows.map((row) => ({ ...row.event, actorEmail: row.actorEmail }));
}
