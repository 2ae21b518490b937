import { secretHash, type ServerKeys } from '../auth/secrets';
import { ANONYMOUS, userViewer, weakerRole, type Role, type Viewer } from '../auth/viewer';
import type { MembershipRow } from '../db/queries/account.queries';
import type { Database } from '../db/run-query';
import { ClientError } from '../errors';
import { tokenPrincipal, touchToken, userPrincipal } from '../repositories/account.repository';
import { audit } from './audit.service';

/** API tokens are recognisable by their prefix (and by secret scanners). */
export const API_TOKEN_PREFIX = 'tmk_';

/** How often a token's use is written down (last use and an audit event), at most. */
const TOKEN_USE_RECORD_MS = 60_000;

/** Roles by workspace id and by slug, so that either names the workspace. */
function rolesOf(memberships: readonly MembershipRow[], cap?: Role): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const membership of memberships) {
    const role = cap ? weakerRole(membership.role, cap) : membership.role;
    roles.set(membership.workspaceId, role);
    roles.set(membership.slug, role);
  }
  return roles;
}

/**
 * Decides who a request is, from its `Authorization: Bearer` header: an access token (a JWT from
 * signIn or refreshSession) or a personal API token (`tmk_…`). No header: an anonymous visitor.
 * The user, its session or token, and its roles are read afresh on every request, so a removed
 * member, a revoked token or an ended session stops working on the next request. A header that is
 * present but wrong is an error (UNAUTHENTICATED), never a silent downgrade to anonymous.
 */
export class Access {
  private readonly tokenUses = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly keys: ServerKeys,
  ) {}

  async viewerFor(headers: { authorization?: string | undefined; viewerHeader?: string | undefined }): Promise<Viewer> {
    if (headers.viewerHeader === 'anonymous') return ANONYMOUS;
    const authorization = headers.authorization?.trim();
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) {
      throw new ClientError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"', {
        reason: 'TOKEN_INVALID',
      });
    }
    const token = match[1]!;
    return token.startsWith(API_TOKEN_PREFIX) ? this.apiTokenViewer(token) : this.sessionViewer(token);
  }

  /**
   * Who a request counts as for the rate limits, decided without the database so that a refused
   * request costs little: the account an access token names (its signature checked), an API token
   * (by its hash), else the address. Credentials are checked for real by viewerFor.
   */
  async rateSubjectOf(
    headers: { authorization?: string | undefined; viewerHeader?: string | undefined },
    clientIp: string,
  ): Promise<{ rule: 'account' | 'token' | 'ip'; subject: string }> {
    const byAddress = { rule: 'ip' as const, subject: clientIp };
    if (headers.viewerHeader === 'anonymous') return byAddress;
    const token = /^Bearer\s+(\S+)$/i.exec(headers.authorization?.trim() ?? '')?.[1];
    if (!token) return byAddress;
    if (token.startsWith(API_TOKEN_PREFIX)) return { rule: 'token', subject: secretHash(token).slice(0, 32) };
    try {
      return { rule: 'account', subject: (await this.keys.verifyAccess(token)).userId };
    } catch {
      return byAddress;
    }
  }

  private async sessionViewer(token: string): Promise<Viewer> {
    const claims = await this.keys.verifyAccess(token);
    const found = await userPrincipal(this.db, claims.userId, claims.sessionId, new Date().toISOString());
    if (!found || !found.sessionLive) {
      throw new ClientError('UNAUTHENTICATED', 'This session has ended; sign in again', { reason: 'SESSION_ENDED' });
    }
    return userViewer({
      id: found.user.id,
      email: found.user.email,
      admin: found.user.admin === true,
      roles: rolesOf(found.memberships),
      sessionId: claims.sessionId,
    });
  }

  private async apiTokenViewer(token: string): Promise<Viewer> {
    const now = new Date();
    const found = await tokenPrincipal(this.db, secretHash(token), now.toISOString());
    if (!found) {
      throw new ClientError('UNAUTHENTICATED', 'This API token is not valid (unknown, revoked or expired)', {
        reason: 'TOKEN_INVALID',
      });
    }
    const { token: record, user } = found;
    // A token acts in its one workspace, with its role or its user's, whichever is weaker (an
    // administrator is an owner everywhere); its user no longer there means no rights there.
    const userRole: Role | null = user.admin === true ? 'OWNER' : found.memberRole;
    const memberships: MembershipRow[] = userRole
      ? [{ workspaceId: record.workspaceId, slug: found.workspaceSlug, role: userRole }]
      : [];
    await this.recordUse(record.id, record.workspaceId, user.id, now);
    return userViewer({
      id: user.id,
      email: user.email,
      admin: false,
      roles: rolesOf(memberships, record.role),
      tokenId: record.id,
    });
  }

  /** Writes a token's use down, at most once a minute per token (its last use and an audit event). */
  private async recordUse(tokenId: string, workspaceId: string, userId: string, now: Date): Promise<void> {
    const last = this.tokenUses.get(tokenId) ?? 0;
    if (now.getTime() - last < TOKEN_USE_RECORD_MS) return;
    this.tokenUses.set(tokenId, now.getTime());
    if (this.tokenUses.size > 10_000) this.tokenUses.clear();
    await touchToken(this.db, tokenId, now.toISOString());
    await audit(this.db, [{ workspaceId, action: 'TOKEN_USED', actorId: userId, subjectId: tokenId }]);
  }
}
