import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { ClientError } from '../errors';

/**
 * Passwords, tokens and sealed values. Passwords are argon2id hashes (OWASP's minimum: 19 MiB,
 * 2 passes); every other secret (refresh cookies, API tokens, invitation links) is 32 random bytes
 * stored only as a SHA-256 hash, so the database never holds anything that signs someone in.
 */
/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** A hash of no real password, verified when the user is unknown so both answers take as long. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A fresh secret for a cookie, token or link: `prefix` + 43 base64url characters. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Signs and checks short-lived access tokens (JWT, HS256) and seals cursors (AES-256-GCM), with
 * keys derived from one server secret. Without a configured secret (development and tests), one
 * is made for the process: tokens and cursors then last as long as the process.
 */
export class ServerKeys {
  private readonly signing: Uint8Array;
  private readonly sealing: Buffer;

  constructor(
    secret: string | undefined,
    private readonly accessTtlS = 900,
  ) {
    const root = Buffer.from(secret ?? randomBytes(32).toString('hex'));
    this.signing = new Uint8Array(hkdfSync('sha256', root, 'tiermap', 'access-token', 32));
    this.sealing = Buffer.from(hkdfSync('sha256', root, 'tiermap', 'cursor', 32));
  }

  get accessTokenTtlS(): number {
    return this.accessTtlS;
  }

  /** A signed access token; `expiresInS` (default the configured lifetime) may be negative in tests. */
  signAccess(claims: AccessClaims, expiresInS = this.accessTtlS): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt(now)
      .setIssuer('tiermap')
      .setExpirationTime(now + expiresInS)
      .sign(this.signing);
  }

  /** The claims of a valid access token; UNAUTHENTICATED (with the reason) otherwise. */
  async verifyAccess(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.signing, { algorithms: ['HS256'], issuer: 'tiermap' });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw new Error('claims');
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw new ClientError('UNAUTHENTICATED', 'The access token has expired; refresh it or sign in again', {
          reason: 'TOKEN_EXPIRED',
        });
      }
      throw new ClientError('UNAUTHENTICATED', 'The access token is not valid', { reason: 'TOKEN_INVALID' });
    }
  }

  /** Encrypts a short text so that clients can hold it but neither read nor forge it. */
  seal(text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealing, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The text of a sealed value, or null if it was not sealed by this server (or was changed). */
  unseal(sealed: string): string | null {
    try {
      const raw = Buffer.from(sealed, 'base64url');
      if (raw.length < 29) return null;
      const decipher = createDecipheriv('aes-256-gcm', this.sealing, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

/**
 * The keys of this process. The server installs its own at start-up (from TIERMAP_SECRET);
 * until then a random one serves (unit tests, scripts).
 */
let processKeys = new ServerKeys(undefined);

export function installServerKeys(keys: ServerKeys): void {
  processKeys = keys;
}

export function serverKeys(): ServerKeys {
  return processKeys;
}
