import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword, newSecret, secretHash, verifyPassword, type ServerKeys } from '../auth/secrets';
import { assertSignedIn, type Viewer } from '../auth/viewer';
import type { UserNode } from '../db/queries/account.queries';
import type { Database } from '../db/run-query';
import { InputChecker } from '../domain/validation';
import { ClientError, ConflictError, NotFoundError } from '../errors';
import {
  countUsers,
  insertSession,
  insertUser,
  recordFailedSignIn,
  recordSignIn,
  revokeSession,
  rotateSession,
  sessionByRefresh,
  setPassword,
  userByEmail,
  userById,
} from '../repositories/account.repository';
import { audit } from './audit.service';

/** Failed sign-ins in a row before an account is slowed; then each failure locks it for longer. */
export const FREE_FAILURES = 5;
const LOCK_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000, 120_000, 300_000, 900_000];

export interface AccountSettings {
  signUp: boolean;
  sessionTtlDays: number;
}

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  admin: boolean;
  createdAt: string;
}

/** What signing in gives: an access token for the Authorization header, and a refresh secret for the cookie. */
export interface SignedIn {
  user: PublicUser;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshSecret: string;
  refreshExpiresAt: string;
}

export function publicUser(user: UserNode): PublicUser {
  return { id: user.id, email: user.email, name: user.name, admin: user.admin === true, createdAt: user.createdAt };
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an address and a password as given by a person; reports every problem at once. */
export function checkCredentials(
  check: InputChecker,
  fields: { email?: string; password?: string; name?: string },
  prefix: readonly string[] = [],
): void {
  if (fields.email !== undefined) {
    const email = fields.email.trim();
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      check.add([...prefix, 'email'], 'must be an e-mail address');
    }
  }
  if (fields.password !== undefined) {
    if (fields.password.length < 10) check.add([...prefix, 'password'], 'must be at least 10 characters');
    else if (fields.password.length > 200) check.add([...prefix, 'password'], 'must be at most 200 characters');
  }
  if (fields.name !== undefined) check.text([...prefix, 'name'], fields.name, { min: 1, max: 120 });
}

/**
 * Accounts: sign-up, sign-in with argon2id passwords (slowed after repeated failures), sessions
 * whose refresh secret rotates on every use, sign-out and password changes.
 */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly keys: ServerKeys,
    private readonly settings: AccountSettings,
  ) {}

  /** Makes a user; refuses a taken address with CONFLICT (field email). */
  async createUser(fields: { email: string; password: string; name: string; admin?: boolean }): Promise<PublicUser> {
    const check = new InputChecker();
    checkCredentials(check, fields, ['input']);
    check.throwIfAny();
    const email = fields.email.trim();
    if (await userByEmail(this.db, emailKey(email))) {
      throw new ConflictError('An account with this e-mail address already exists', { field: 'input.email' });
    }
    const now = new Date().toISOString();
    try {
      const user = await insertUser(this.db, {
        id: randomUUID(),
        email,
        emailKey: emailKey(email),
        name: fields.name.trim(),
        passwordHash: await hashPassword(fields.password),
        admin: fields.admin === true,
        createdAt: now,
        failedSignIns: 0,
        lockedUntil: null,
        disabledAt: null,
        passwordChangedAt: now,
      });
      return publicUser(user);
    } catch (error) {
      if (error instanceof ClientError && error.extensions.code === 'CONFLICT') {
        throw new ConflictError('An account with this e-mail address already exists', { field: 'input.email' });
      }
      throw error;
    }
  }

  /**
   * Creates an account and signs in. Where sign-up is switched off, only the address of a live
   * invitation (`invitedEmail`, checked by the caller) may sign up.
   */
  async signUp(fields: { email: string; password: string; name: string }, invitedEmail?: string): Promise<SignedIn> {
    const invited = invitedEmail !== undefined && emailKey(invitedEmail) === emailKey(fields.email ?? '');
    if (invitedEmail !== undefined && !invited) {
      throw new ClientError('FORBIDDEN', 'This invitation is for another e-mail address', { field: 'email' });
    }
    if (!this.settings.signUp && !invited) {
      throw new ClientError('FORBIDDEN', 'Sign-up is switched off here; ask a workspace owner for an invitation');
    }
    const user = await this.createUser(fields);
    await audit(this.db, [{ workspaceId: null, action: 'SIGN_UP', actorId: user.id, subjectId: user.id }]);
    return this.openSession(user);
  }

  /**
   * Signs in. Every failure gets the same answer whether the address exists or not; after
   * FREE_FAILURES failures in a row the account is locked for a doubling delay (RATE_LIMITED, with
   * retryAfterSeconds), during which even the right password is refused.
   */
  async signIn(email: string, password: string): Promise<SignedIn> {
    const user = await userByEmail(this.db, emailKey(email ?? ''));
    const now = new Date();
    if (user?.lockedUntil && user.lockedUntil > now.toISOString()) {
      throw tooManyFailures(user.lockedUntil, now);
    }
    const valid = await verifyPassword(user?.passwordHash ?? null, password ?? '');
    if (!user || !valid || user.disabledAt) {
      if (user) {
        const failed = await recordFailedSignIn(this.db, user.id, now.toISOString(), LOCK_MS);
        await audit(this.db, [{ workspaceId: null, action: 'SIGN_IN_FAILED', actorId: user.id, subjectId: user.id }]);
        if (failed.lockedUntil) throw tooManyFailures(failed.lockedUntil, now);
      }
      throw new ClientError('UNAUTHENTICATED', 'Wrong e-mail address or password', { reason: 'WRONG_CREDENTIALS' });
    }
    await recordSignIn(this.db, user.id);
    await audit(this.db, [{ workspaceId: null, action: 'SIGN_IN', actorId: user.id, subjectId: user.id }]);
    return this.openSession(publicUser(user));
  }

  /** A new access token for a live session's refresh secret; the secret is replaced (rotation). */
  async refresh(refreshSecret: string | undefined): Promise<SignedIn> {
    const ended = () =>
      new ClientError('UNAUTHENTICATED', 'No live session; sign in again', { reason: 'SESSION_ENDED' });
    if (!refreshSecret) throw ended();
    const now = new Date().toISOString();
    const oldHash = secretHash(refreshSecret);
    const session = await sessionByRefresh(this.db, oldHash, now);
    if (!session) throw ended();
    const user = await userById(this.db, session.userId);
    if (!user || user.disabledAt) throw ended();
    const next = newSecret();
    const expiresAt = this.sessionExpiry();
    if (!(await rotateSession(this.db, session.id, oldHash, secretHash(next), expiresAt))) throw ended();
    return this.tokensFor(publicUser(user), session.id, next, expiresAt);
  }

  async signOut(viewer: Viewer, refreshSecret: string | undefined): Promise<void> {
    const now = new Date().toISOString();
    const sessionId =
      viewer.sessionId ??
      (refreshSecret ? (await sessionByRefresh(this.db, secretHash(refreshSecret), now))?.id : null);
    if (sessionId) await revokeSession(this.db, sessionId, now);
    if (viewer.kind !== 'anonymous') {
      await audit(this.db, [{ workspaceId: null, action: 'SIGN_OUT', actorId: viewer.id, subjectId: viewer.id }]);
    }
  }

  /** Changes the viewer's own password (ending its other sessions) and signs in afresh. */
  async changePassword(viewer: Viewer, current: string, next: string): Promise<SignedIn> {
    assertSignedIn(viewer);
    if (viewer.kind !== 'user') throw new ClientError('FORBIDDEN', 'An API token cannot change a password');
    const user = await userById(this.db, viewer.id);
    if (!user) throw new NotFoundError('User', viewer.id);
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new ClientError('BAD_USER_INPUT', 'currentPassword: is not your password', { field: 'currentPassword' });
    }
    const check = new InputChecker();
    checkCredentials(check, { password: next }, []);
    check.throwIfAny();
    await setPassword(this.db, user.id, await hashPassword(next), new Date().toISOString());
    await audit(this.db, [{ workspaceId: null, action: 'PASSWORD_CHANGED', actorId: user.id, subjectId: user.id }]);
    return this.openSession(publicUser(user));
  }

  /**
   * An administrator sets a new, generated password for a user (no mail is sent: the administrator
   * passes it on) and ends the user's sessions. Returns the password, shown once.
   */
  async resetPassword(viewer: Viewer, userId: string): Promise<string> {
    assertSignedIn(viewer);
    if (!viewer.admin || viewer.kind !== 'user') {
      throw new ClientError('FORBIDDEN', 'Only an administrator may reset another user’s password');
    }
    const user = await userById(this.db, userId);
    if (!user) throw new NotFoundError('User', userId, 'userId');
    const password = generatedPassword();
    await setPassword(this.db, user.id, await hashPassword(password), new Date().toISOString());
    await audit(this.db, [{ workspaceId: null, action: 'PASSWORD_RESET', actorId: viewer.id, subjectId: user.id }]);
    return password;
  }

  async me(viewer: Viewer): Promise<PublicUser | null> {
    if (viewer.kind === 'anonymous' || viewer.kind === 'system') return null;
    const user = await userById(this.db, viewer.id);
    return user ? publicUser(user) : null;
  }

  /**
   * The first owner: when no user exists yet, an administrator from TIERMAP_ADMIN_EMAIL and
   * TIERMAP_ADMIN_PASSWORD, or (when `generate`) admin@localhost with a generated password that
   * is returned to be printed once. Returns null when users already exist or nothing was made.
   */
  async ensureFirstOwner(options: {
    email?: string | undefined;
    password?: string | undefined;
    generate: boolean;
  }): Promise<{ email: string; password: string | null } | null> {
    if ((await countUsers(this.db)) > 0) return null;
    if (options.email && options.password) {
      await this.createUser({ email: options.email, password: options.password, name: 'Administrator', admin: true });
      return { email: options.email, password: null };
    }
    if (!options.generate) return null;
    const password = generatedPassword();
    await this.createUser({ email: 'admin@localhost.test', password, name: 'Administrator', admin: true });
    return { email: 'admin@localhost.test', password };
  }

  private async openSession(user: PublicUser): Promise<SignedIn> {
    const refreshSecret = newSecret();
    const expiresAt = this.sessionExpiry();
    const sessionId = randomUUID();
    await insertSession(this.db, {
      id: sessionId,
      userId: user.id,
      refreshHash: secretHash(refreshSecret),
      createdAt: new Date().toISOString(),
      expiresAt,
      revokedAt: null,
    });
    return this.tokensFor(user, sessionId, refreshSecret, expiresAt);
  }

  private async tokensFor(
    user: PublicUser,
    sessionId: string,
    refreshSecret: string,
    refreshExpiresAt: string,
  ): Promise<SignedIn> {
    return {
      user,
      accessToken: await this.keys.signAccess({ userId: user.id, sessionId }),
      accessTokenExpiresAt: new Date(Date.now() + this.keys.accessTokenTtlS * 1000).toISOString(),
      refreshSecret,
      refreshExpiresAt,
    };
  }

  private sessionExpiry(): string {
    return new Date(Date.now() + this.settings.sessionTtlDays * 86_400_000).toISOString();
  }
}

function tooManyFailures(lockedUntil: string, now: Date): ClientError {
  const seconds = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
  return new ClientError('RATE_LIMITED', `Too many failed sign-ins; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });
}

/** 18 random characters from an alphabet without look-alikes. */
export function generatedPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(18)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
