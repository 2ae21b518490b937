/**
 * Who is signed in, for the whole client. The access token is kept in memory only (never in storage);
 * the httpOnly refresh cookie, which scripts cannot read, brings the session back on the next visit
 * (`startSession` asks for a new access token at start-up). Every request carries the token through
 * lib/graphql-client (installed here with setRequestAuth) and renews it once when it has expired.
 *
 * Anonymous visitors must not wait for that round trip: a localStorage hint (SESSION_HINT_KEY) says
 * whether the last visit was signed in. Without it the client starts as anonymous at once, and only
 * if the cookie still holds a session after all does it switch (the `key` changes and the app reloads
 * its data as that user).
 */
import { forgetAllMapCopies, SESSION_HINT_KEY } from '../early-map-request';
import { ApiError, setRequestAuth } from '../graphql-client';
import { clearCache } from '../idb-store';
import { refreshSession, type SessionPayload } from './refresh-session';

export type SessionUser = SessionPayload['user'];

export type SessionState =
  | { status: 'starting' }
  | { status: 'anonymous'; key: string }
  | { status: 'signed-in'; key: string; user: SessionUser };

/**
 * Renew the access token this long before it expires (at most a quarter of its life), rather than let a
 * request fail first.
 */
const RENEW_MARGIN_MS = 30_000;

let state: SessionState = { status: 'starting' };
/** The access token and when to renew it (local clock); renewAt null: only when the API says it expired. */
let token: { value: string; renewAt: number | null } | null = null;
/** Bumped when what the signed-in user may see changes (sign-in, sign-out, joining a workspace, …). */
let generation = 0;
let renewing: Promise<string | null> | null = null;
let started: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function keyFor(user: SessionUser | null): string {
  return `${user?.id ?? 'anonymous'}:${generation}`;
}

/**
 * Keeps a new access token. Its expiry is the API's clock: a local clock far off makes its life look
 * negative, and then the token is renewed only when a request is refused as expired.
 */
function keep(payload: SessionPayload): string {
  const life = Date.parse(payload.accessTokenExpiresAt) - Date.now();
  token = {
    value: payload.accessToken,
    renewAt: life > 0 ? Date.now() + life - Math.min(RENEW_MARGIN_MS, life / 4) : null,
  };
  return payload.accessToken;
}

function hint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Without localStorage every visit starts anonymous and switches once the cookie is checked.
  }
}

function hinted(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return false;
  }
}

export function getSession(): SessionState {
  return state;
}

/** The key of the current session (who, and what they may see), or null while it starts. */
export function sessionKey(): string | null {
  return state.status === 'starting' ? null : state.key;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes a new session (after signIn, signUp or changePassword): the app reloads its data as this user. */
export function applySignIn(payload: SessionPayload): void {
  keep(payload);
  hint(true);
  generation += 1;
  publish({ status: 'signed-in', user: payload.user, key: keyFor(payload.user) });
}

/**
 * Says that what the user may see has changed (a workspace joined, created or deleted): the app reloads
 * its data. The session itself stays.
 */
export function sessionRightsChanged(): void {
  generation += 1;
  publish(
    state.status === 'signed-in' ? { ...state, key: keyFor(state.user) } : { status: 'anonymous', key: keyFor(null) },
  );
}

/**
 * Ends the session on this side (after signOut, or when the API says it is over): the token is dropped,
 * the app reloads as an anonymous visitor, and the IndexedDB copies made for this user are deleted —
 * once now and once after the signed-in views are gone (a layout worker may still have been writing).
 */
export async function endSession(): Promise<void> {
  const wasSignedIn = state.status === 'signed-in';
  token = null;
  hint(false);
  forgetAllMapCopies();
  await clearCache();
  if (wasSignedIn || state.status === 'starting') {
    generation += 1;
    publish({ status: 'anonymous', key: keyFor(null) });
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  await clearCache();
  forgetAllMapCopies();
}

/** A new access token from the refresh cookie, once at a time (in this tab, and across tabs where supported). */
function renew(): Promise<string | null> {
  renewing ??= withRefreshLock(async () => {
    try {
      const payload = await refreshSession();
      const value = keep(payload);
      hint(true);
      if (state.status !== 'signed-in' || state.user.id !== payload.user.id) {
        generation += 1;
        publish({ status: 'signed-in', user: payload.user, key: keyFor(payload.user) });
      }
      return value;
    } catch (error) {
      // UNAUTHENTICATED: no live session; what a past one left behind goes (a visitor who never signed
      // in keeps the public copies). A network failure leaves the hint for the next visit.
      const lost = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
      if (lost && (state.status === 'signed-in' || hinted())) await endSession();
      else if (state.status === 'starting') publish({ status: 'anonymous', key: keyFor(null) });
      return null;
    } finally {
      renewing = null;
    }
  });
  return renewing;
}

/**
 * The cookie rotates on every refresh: two tabs refreshing with the same cookie at once would end one
 * of them, so refreshes hold a Web Lock where the browser has them.
 */
function withRefreshLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('tiermap-session-refresh', run) as Promise<T>) : run();
}

/**
 * Resumes the session of the refresh cookie, if any; call once before the first render. Resolves when
 * the app may load data: at once for a visitor who was not signed in last time (the check goes on in
 * the background), after the check otherwise.
 */
export function startSession(): Promise<void> {
  if (started) return started;
  setRequestAuth({
    accessToken: async () => {
      if (!token) return null;
      if (token.renewAt === null || Date.now() < token.renewAt) return token.value;
      return renew();
    },
    renewed: () => renew(),
    ended: () => void endSession(),
  });
  const checked = renew().then(() => undefined);
  if (hinted()) {
    started = checked;
  } else {
    publish({ status: 'anonymous', key: keyFor(null) });
    started = Promise.resolve();
  }
  return started;
}

/** Resolves once the session is known well enough to load data (see startSession). */
export function sessionReady(): Promise<void> {
  return started ?? Promise.resolve();
}
