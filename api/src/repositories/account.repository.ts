import type { Role } from '../auth/viewer';
import {
  AUDIT_CREATE,
  AUDIT_OF_WORKSPACE,
  INVITATION_ACCEPT,
  INVITATION_BY_TOKEN,
  INVITATION_CREATE,
  INVITATION_REVOKE,
  INVITATIONS,
  MEMBER_REMOVE,
  MEMBER_SET,
  MEMBERS,
  OWNER_COUNT,
  SESSION_BY_REFRESH,
  SESSION_CREATE,
  SESSION_REVOKE,
  SESSION_ROTATE,
  TOKEN_BY_ID,
  TOKEN_CREATE,
  TOKEN_PRINCIPAL,
  TOKEN_REVOKE,
  TOKEN_TOUCH,
  TOKENS_OF_USER,
  USER_BY_EMAIL,
  USER_BY_ID,
  USER_COUNT,
  USER_CREATE,
  USER_NAMES,
  USER_PRINCIPAL,
  USER_SET_PASSWORD,
  USER_SIGN_IN_FAILED,
  USER_SIGN_IN_SUCCEEDED,
  type ApiTokenNode,
  type AuditNode,
  type InvitationNode,
  type MembershipRow,
  type SessionNode,
  type UserNode,
} from '../db/queries/account.queries';
import type { Query } from '../db/query';
import { Database, type Tx } from '../db/run-query';

/** Typed functions over the account queries (users, sessions, memberships, tokens, audit). */
type Runner = Database | Tx;

/** Runs a write on its own, or inside the caller's transaction. */
function run<P extends object, R>(runner: Runner, query: Query<P, R>, params: P): Promise<R[]> {
  return runner instanceof Database ? runner.write(query, params) : runner.run(query, params);
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.read(USER_COUNT, {});
  return row?.count ?? 0;
}

export async function insertUser(runner: Runner, props: UserNode): Promise<UserNode> {
  const [row] = await run(runner, USER_CREATE, { props });
  return row!.user;
}

export async function userByEmail(db: Database, emailKey: string): Promise<UserNode | null> {
  const [row] = await db.read(USER_BY_EMAIL, { emailKey });
  return row?.user ?? null;
}

export async function userById(db: Database, id: string): Promise<UserNode | null> {
  const [row] = await db.read(USER_BY_ID, { id });
  return row?.user ?? null;
}

export async function recordFailedSignIn(db: Database, id: string, now: string, lockMs: number[]): Promise<UserNode> {
  const [row] = await db.write(USER_SIGN_IN_FAILED, { id, now, lockMs });
  return row!.user;
}

export async function recordSignIn(db: Database, id: string): Promise<void> {
  await db.write(USER_SIGN_IN_SUCCEEDED, { id });
}

/** Sets a password and ends every session of the user. */
export async function setPassword(db: Database, id: string, hash: string, now: string): Promise<void> {
  await db.write(USER_SET_PASSWORD, { id, hash, now });
}

export async function userPrincipal(
  db: Database,
  id: string,
  sessionId: string | null,
  now: string,
): Promise<{ user: UserNode; sessionLive: boolean; memberships: MembershipRow[] } | null> {
  const [row] = await db.read(USER_PRINCIPAL, { id, sessionId, now });
  return row ?? null;
}

export async function tokenPrincipal(
  db: Database,
  tokenHash: string,
  now: string,
): Promise<{ token: ApiTokenNode; user: UserNode; workspaceSlug: string; memberRole: Role | null } | null> {
  const [row] = await db.read(TOKEN_PRINCIPAL, { tokenHash, now });
  return row ?? null;
}

export async function touchToken(db: Database, id: string, now: string): Promise<void> {
  await db.write(TOKEN_TOUCH, { id, now });
}

export async function insertSession(db: Database, props: SessionNode): Promise<void> {
  await db.write(SESSION_CREATE, { props });
}

export async function sessionByRefresh(db: Database, refreshHash: string, now: string): Promise<SessionNode | null> {
  const [row] = await db.read(SESSION_BY_REFRESH, { refreshHash, now });
  return row?.session ?? null;
}

/** Replaces a session's refresh secret; false when another request rotated it first. */
export async function rotateSession(
  db: Database,
  id: string,
  oldHash: string,
  refreshHash: string,
  expiresAt: string,
): Promise<boolean> {
  return (await db.write(SESSION_ROTATE, { id, oldHash, refreshHash, expiresAt })).length > 0;
}

export async function revokeSession(db: Database, id: string, now: string): Promise<void> {
  await db.write(SESSION_REVOKE, { id, now });
}

export function members(db: Database, ws: string) {
  return db.read(MEMBERS, { ws });
}

export async function setMember(
  runner: Runner,
  ws: string,
  userId: string,
  role: Role,
  now: string,
): Promise<Role | null> {
  const [row] = await run(runner, MEMBER_SET, { ws, userId, role, now });
  return row?.previous ?? null;
}

export async function removeMember(runner: Runner, ws: string, userId: string): Promise<boolean> {
  const [row] = await run(runner, MEMBER_REMOVE, { ws, userId });
  return (row?.removed ?? 0) > 0;
}

export async function countOwners(runner: Runner, ws: string): Promise<number> {
  const [row] = await run(runner, OWNER_COUNT, { ws });
  return row?.count ?? 0;
}

export async function insertInvitation(db: Database, props: InvitationNode): Promise<InvitationNode> {
  const [row] = await db.write(INVITATION_CREATE, { props });
  return row!.invitation;
}

export async function invitations(db: Database, ws: string): Promise<InvitationNode[]> {
  return (await db.read(INVITATIONS, { ws })).map((row) => row.invitation);
}

export async function invitationByToken(runner: Runner, tokenHash: string): Promise<InvitationNode | null> {
  const [row] = await run(runner, INVITATION_BY_TOKEN, { tokenHash });
  return row?.invitation ?? null;
}

/** Marks an invitation accepted; false if it was accepted or revoked meanwhile. */
export async function acceptInvitation(tx: Tx, id: string, userId: string, now: string): Promise<boolean> {
  return (await tx.run(INVITATION_ACCEPT, { id, userId, now })).length > 0;
}

export async function revokeInvitation(db: Database, id: string, ws: string, now: string): Promise<boolean> {
  return (await db.write(INVITATION_REVOKE, { id, ws, now })).length > 0;
}

export async function insertToken(db: Database, props: ApiTokenNode): Promise<ApiTokenNode> {
  const [row] = await db.write(TOKEN_CREATE, { props });
  return row!.token;
}

export async function tokensOfUser(db: Database, userId: string): Promise<ApiTokenNode[]> {
  return (await db.read(TOKENS_OF_USER, { userId })).map((row) => row.token);
}

export async function tokenById(db: Database, id: string): Promise<ApiTokenNode | null> {
  const [row] = await db.read(TOKEN_BY_ID, { id });
  return row?.token ?? null;
}

export async function revokeToken(db: Database, id: string, now: string): Promise<ApiTokenNode | null> {
  const [row] = await db.write(TOKEN_REVOKE, { id, now });
  return row?.token ?? null;
}

export async function insertAuditEvents(runner: Runner, events: AuditNode[]): Promise<void> {
  if (events.length > 0) await run(runner, AUDIT_CREATE, { events });
}

export function auditOfWorkspace(db: Database, ws: string, before: { at: string; id: string } | null, limit: number) {
  return db.read(AUDIT_OF_WORKSPACE, { ws, beforeAt: before?.at ?? null, beforeId: before?.id ?? null, limit });
}

export function userNames(db: Database, ids: string[]) {
  return db.read(USER_NAMES, { ids });
}
