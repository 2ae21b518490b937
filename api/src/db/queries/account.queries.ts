import type { Role } from '../../auth/viewer';
import { defineQuery } from '../query';

/** A user as stored. `emailKey` is the lower-cased address (unique). */
export interface UserNode {
  id: string;
  email: string;
  emailKey: string;
  name: string;
  passwordHash: string;
  admin: boolean;
  createdAt: string;
  failedSignIns: number | null;
  lockedUntil: string | null;
  disabledAt: string | null;
  passwordChangedAt: string | null;
}

export interface SessionNode {
  id: string;
  userId: string;
  refreshHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ApiTokenNode {
  id: string;
  userId: string;
  workspaceId: string;
  role: Role;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface InvitationNode {
  id: string;
  workspaceId: string;
  email: string;
  emailKey: string;
  role: Role;
  tokenHash: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

export interface AuditNode {
  id: string;
  workspaceId: string | null;
  at: string;
  actorId: string;
  action: string;
  subjectId: string | null;
  detail: string | null;
}

export interface MembershipRow {
  workspaceId: string;
  slug: string;
  role: Role;
}

const USER_FIELDS =
  'u {.id, .email, .emailKey, .name, .passwordHash, .admin, .createdAt, .failedSignIns, .lockedUntil, .disabledAt, .passwordChangedAt}';

export const USER_COUNT = defineQuery<Record<string, never>, { count: number }>(
  'account.userCount',
  'MATCH (u:User) RETURN count(u) AS count',
);

export const USER_CREATE = defineQuery<{ props: UserNode }, { user: UserNode }>(
  'account.userCreate',
  `CREATE (u:User) SET u = $props RETURN ${USER_FIELDS} AS user`,
);

export const USER_BY_EMAIL = defineQuery<{ emailKey: string }, { user: UserNode }>(
  'account.userByEmail',
  `MATCH (u:User {emailKey: $emailKey}) RETURN ${USER_FIELDS} AS user`,
);

export const USER_BY_ID = defineQuery<{ id: string }, { user: UserNode }>(
  'account.userById',
  `MATCH (u:User {id: $id}) RETURN ${USER_FIELDS} AS user`,
);

/** Records a failed sign-in; from the fifth in a row, locks the account for a doubling delay. */
export const USER_SIGN_IN_FAILED = defineQuery<{ id: string; now: string; lockMs: number[] }, { user: UserNode }>(
  'account.signInFailed',
  `MATCH (u:User {id: $id})
   SET u.failedSignIns = coalesce(u.failedSignIns, 0) + 1
   WITH u, u.failedSignIns - 5 AS over
   SET u.lockedUntil = CASE WHEN over < 0 THEN null
                            ELSE toString(datetime($now) + duration({milliseconds: $lockMs[CASE WHEN over < size($lockMs) THEN over ELSE size($lockMs) - 1 END]}))
                       END
   RETURN ${USER_FIELDS} AS user`,
);

export const USER_SIGN_IN_SUCCEEDED = defineQuery<{ id: string }, { ok: boolean }>(
  'account.signInSucceeded',
  'MATCH (u:User {id: $id}) SET u.failedSignIns = 0, u.lockedUntil = null RETURN true AS ok',
);

export const USER_SET_PASSWORD = defineQuery<{ id: string; hash: string; now: string }, { ok: boolean }>(
  'account.setPassword',
  `MATCH (u:User {id: $id})
   SET u.passwordHash = $hash, u.passwordChangedAt = $now, u.failedSignIns = 0, u.lockedUntil = null
   WITH u
   OPTIONAL MATCH (s:Session {userId: u.id}) WHERE s.revokedAt IS NULL
   SET s.revokedAt = $now
   RETURN true AS ok`,
);

/**
 * Everything a request needs to know about a signed-in user, in one round trip: the user (if not
 * disabled), whether its session is live, and its roles by workspace (live workspaces only).
 */
export const USER_PRINCIPAL = defineQuery<
  { id: string; sessionId: string | null; now: string },
  { user: UserNode; sessionLive: boolean; memberships: MembershipRow[] }
>(
  'account.principal',
  `MATCH (u:User {id: $id}) WHERE u.disabledAt IS NULL
   OPTIONAL MATCH (s:Session {id: $sessionId}) WHERE s.userId = u.id AND s.revokedAt IS NULL AND s.expiresAt > $now
   RETURN ${USER_FIELDS} AS user, s IS NOT NULL AS sessionLive,
          COLLECT { MATCH (u)-[m:MEMBER_OF]->(w:Workspace) WHERE w.deletedAt IS NULL
                    RETURN {workspaceId: w.id, slug: w.slug, role: m.role} } AS memberships`,
);

/** A live API token by the hash of its secret, with its user and the user's role in the token's workspace. */
export const TOKEN_PRINCIPAL = defineQuery<
  { tokenHash: string; now: string },
  { token: ApiTokenNode; user: UserNode; workspaceSlug: string; memberRole: Role | null }
>(
  'account.tokenPrincipal',
  `MATCH (t:ApiToken {tokenHash: $tokenHash})
   WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > $now)
   MATCH (u:User {id: t.userId}) WHERE u.disabledAt IS NULL
   MATCH (w:Workspace {id: t.workspaceId}) WHERE w.deletedAt IS NULL
   OPTIONAL MATCH (u)-[m:MEMBER_OF]->(w)
   RETURN t {.*} AS token, ${USER_FIELDS} AS user, w.slug AS workspaceSlug, m.role AS memberRole`,
);

export const TOKEN_TOUCH = defineQuery<{ id: string; now: string }, { ok: boolean }>(
  'account.tokenTouch',
  'MATCH (t:ApiToken {id: $id}) SET t.lastUsedAt = $now RETURN true AS ok',
);

export const SESSION_CREATE = defineQuery<{ props: SessionNode }, { ok: boolean }>(
  'account.sessionCreate',
  'CREATE (s:Session) SET s = $props RETURN true AS ok',
);

/** A live session by its refresh secret's hash. */
export const SESSION_BY_REFRESH = defineQuery<{ refreshHash: string; now: string }, { session: SessionNode }>(
  'account.sessionByRefresh',
  `MATCH (s:Session {refreshHash: $refreshHash}) WHERE s.revokedAt IS NULL AND s.expiresAt > $now
   RETURN s {.*} AS session`,
);

/** Rotates a session's refresh secret (the old one stops working). */
export const SESSION_ROTATE = defineQuery<
  { id: string; oldHash: string; refreshHash: string; expiresAt: string },
  { ok: boolean }
>(
  'account.sessionRotate',
  `MATCH (s:Session {id: $id}) WHERE s.refreshHash = $oldHash AND s.revokedAt IS NULL
   SET s.refreshHash = $refreshHash, s.expiresAt = $expiresAt
   RETURN true AS ok`,
);

export const SESSION_REVOKE = defineQuery<{ id: string; now: string }, { ok: boolean }>(
  'account.sessionRevoke',
  'MATCH (s:Session {id: $id}) WHERE s.revokedAt IS NULL SET s.revokedAt = $now RETURN true AS ok',
);

export const MEMBERS = defineQuery<
  { ws: string },
  { userId: string; email: string; name: string; role: Role; since: string | null }
>(
  'account.members',
  `MATCH (u:User)-[m:MEMBER_OF]->(w:Workspace {id: $ws})
   RETURN u.id AS userId, u.email AS email, u.name AS name, m.role AS role, m.since AS since
   ORDER BY u.emailKey`,
);

/** Sets a user's role in a workspace (adds the membership if needed). */
export const MEMBER_SET = defineQuery<
  { ws: string; userId: string; role: Role; now: string },
  { previous: Role | null }
>(
  'account.memberSet',
  `MATCH (u:User {id: $userId}), (w:Workspace {id: $ws})
   OPTIONAL MATCH (u)-[old:MEMBER_OF]->(w)
   WITH u, w, old.role AS previous
   MERGE (u)-[m:MEMBER_OF]->(w)
   ON CREATE SET m.since = $now
   SET m.role = $role
   RETURN previous`,
);

export const MEMBER_REMOVE = defineQuery<{ ws: string; userId: string }, { removed: number }>(
  'account.memberRemove',
  `MATCH (:User {id: $userId})-[m:MEMBER_OF]->(:Workspace {id: $ws})
   DELETE m
   RETURN count(*) AS removed`,
);

/** Owners left in a workspace (a workspace keeps at least one). */
export const OWNER_COUNT = defineQuery<{ ws: string }, { count: number }>(
  'account.ownerCount',
  "MATCH (:User)-[m:MEMBER_OF {role: 'OWNER'}]->(:Workspace {id: $ws}) RETURN count(m) AS count",
);

export const INVITATION_CREATE = defineQuery<{ props: InvitationNode }, { invitation: InvitationNode }>(
  'account.invitationCreate',
  'CREATE (i:Invitation) SET i = $props RETURN i {.*} AS invitation',
);

export const INVITATIONS = defineQuery<{ ws: string }, { invitation: InvitationNode }>(
  'account.invitations',
  `MATCH (i:Invitation {workspaceId: $ws}) WHERE i.acceptedAt IS NULL AND i.revokedAt IS NULL
   RETURN i {.*} AS invitation ORDER BY i.createdAt DESC`,
);

export const INVITATION_BY_TOKEN = defineQuery<{ tokenHash: string }, { invitation: InvitationNode }>(
  'account.invitationByToken',
  'MATCH (i:Invitation {tokenHash: $tokenHash}) RETURN i {.*} AS invitation',
);

export const INVITATION_ACCEPT = defineQuery<{ id: string; userId: string; now: string }, { ok: boolean }>(
  'account.invitationAccept',
  `MATCH (i:Invitation {id: $id}) WHERE i.acceptedAt IS NULL AND i.revokedAt IS NULL
   SET i.acceptedAt = $now, i.acceptedBy = $userId
   RETURN true AS ok`,
);

export const INVITATION_REVOKE = defineQuery<{ id: string; ws: string; now: string }, { ok: boolean }>(
  'account.invitationRevoke',
  `MATCH (i:Invitation {id: $id, workspaceId: $ws}) WHERE i.acceptedAt IS NULL AND i.revokedAt IS NULL
   SET i.revokedAt = $now
   RETURN true AS ok`,
);

export const TOKEN_CREATE = defineQuery<{ props: ApiTokenNode }, { token: ApiTokenNode }>(
  'account.tokenCreate',
  'CREATE (t:ApiToken) SET t = $props RETURN t {.*} AS token',
);

/** A user's tokens, newest first (the secret is never stored, only its hash). */
export const TOKENS_OF_USER = defineQuery<{ userId: string }, { token: ApiTokenNode }>(
  'account.tokensOfUser',
  'MATCH (t:ApiToken {userId: $userId}) RETURN t {.*} AS token ORDER BY t.createdAt DESC',
);

export const TOKEN_BY_ID = defineQuery<{ id: string }, { token: ApiTokenNode }>(
  'account.tokenById',
  'MATCH (t:ApiToken {id: $id}) RETURN t {.*} AS token',
);

export const TOKEN_REVOKE = defineQuery<{ id: string; now: string }, { token: ApiTokenNode }>(
  'account.tokenRevoke',
  'MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN t {.*} AS token',
);

export const AUDIT_CREATE = defineQuery<{ events: AuditNode[] }, { created: number }>(
  'account.auditCreate',
  'UNWIND $events AS event CREATE (e:AuditEvent) SET e = event RETURN count(e) AS created',
);

/**
 * A workspace's audit log, newest first, before an optional (at, id) key: its audit events and its
 * data writes (the change log) in one list, each with the author's address.
 */
export const AUDIT_OF_WORKSPACE = defineQuery<
  { ws: string; beforeAt: string | null; beforeId: string | null; limit: number },
  { event: AuditNode; actorEmail: string | null }
>(
  'account.auditOfWorkspace',
  `CALL {
     MATCH (e:AuditEvent {workspaceId: $ws})
     WHERE $beforeAt IS NULL OR e.at < $beforeAt OR (e.at = $beforeAt AND e.id < $beforeId)
     RETURN e {.id, .workspaceId, .at, .actorId, .action, .subjectId, .detail} AS event
     ORDER BY e.at DESC, e.id DESC LIMIT $limit
     UNION ALL
     MATCH (c:Change {workspaceId: $ws})
     WHERE $beforeAt IS NULL OR c.at < $beforeAt OR (c.at = $beforeAt AND c.id < $beforeId)
     RETURN {id: c.id, workspaceId: c.workspaceId, at: c.at, actorId: c.by, action: c.entityKind + '_' + c.action,
             subjectId: c.entityId, detail: null} AS event
     ORDER BY c.at DESC, c.id DESC LIMIT $limit
   }
   WITH event ORDER BY event.at DESC, event.id DESC LIMIT $limit
   OPTIONAL MATCH (u:User {id: event.actorId})
   RETURN event, u.email AS actorEmail`,
);

/** Names of the users among `ids` (for history authors). */
export const USER_NAMES = defineQuery<{ ids: string[] }, { id: string; name: string; email: string }>(
  'account.userNames',
  'UNWIND $ids AS id MATCH (u:User {id: id}) RETURN u.id AS id, u.name AS name, u.email AS email',
);
