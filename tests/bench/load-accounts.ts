/**
 * The accounts of `npm run bench:load`, made the way people get them: the run's administrator invites
 * each address as an EDITOR of the loaded map, the invitee signs up with the invitation, and some then
 * make a personal API token — so per-account and per-token limits each have their own subjects.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { postGraphQL } from './graphql-post';

export interface LoadAccount {
  label: string;
  /** How it authenticates: a signed-in session's bearer token, a personal API token, or none. */
  via: 'session' | 'API token' | 'anonymous';
  headers: Record<string, string>;
}

/** Invites `email` as an editor of `ws` and signs it up with the invitation; returns its bearer headers. */
async function invitedEditor(url: string, admin: Record<string, string>, ws: string, name: string) {
  const email = `load-${randomUUID().slice(0, 8)}@bench.tiermap.org`;
  const { inviteMember } = await postGraphQL<{ inviteMember: { token: string } }>(
    url,
    {
      query: 'mutation($ws: ID!, $e: String!) { inviteMember(workspace: $ws, email: $e, role: EDITOR) { token } }',
      variables: { ws, e: email },
    },
    admin,
  );
  const { signUp } = await postGraphQL<{ signUp: { accessToken: string } }>(url, {
    query:
      'mutation($e: String!, $p: String!, $n: String!, $t: String) { signUp(email: $e, password: $p, name: $n, invitation: $t) { accessToken } }',
    variables: { e: email, p: randomBytes(18).toString('base64url'), n: name, t: inviteMember.token },
  });
  return { authorization: `Bearer ${signUp.accessToken}` };
}

/** A personal EDITOR token of the account signed in with `headers`, for `ws`. */
async function apiToken(url: string, headers: Record<string, string>, ws: string, name: string) {
  const { createApiToken } = await postGraphQL<{ createApiToken: { secret: string } }>(
    url,
    {
      query:
        'mutation($ws: ID!, $n: String!) { createApiToken(workspace: $ws, name: $n, role: EDITOR, expiresInDays: 1) { secret } }',
      variables: { ws, n: name },
    },
    headers,
  );
  return { authorization: `Bearer ${createApiToken.secret}` };
}

/**
 * `sessions` editors signed in, `tokens` editors using an API token each, and `anonymous` readers
 * (one label each; anonymous readers share the one loopback address).
 */
export async function loadAccounts(
  url: string,
  admin: Record<string, string>,
  ws: string,
  counts: { sessions: number; tokens: number; anonymous: number },
): Promise<LoadAccount[]> {
  const accounts: LoadAccount[] = [];
  for (let i = 1; i <= counts.sessions; i += 1) {
    const label = `editor ${accounts.length + 1}`;
    accounts.push({ label, via: 'session', headers: await invitedEditor(url, admin, ws, `Load ${label}`) });
  }
  for (let i = 1; i <= counts.tokens; i += 1) {
    const label = `editor ${accounts.length + 1}`;
    const session = await invitedEditor(url, admin, ws, `Load ${label}`);
    accounts.push({ label, via: 'API token', headers: await apiToken(url, session, ws, `load run ${label}`) });
  }
  for (let i = 1; i <= counts.anonymous; i += 1) {
    accounts.push({ label: `anonymous readers ${i}`, via: 'anonymous', headers: {} });
  }
  return accounts;
}
