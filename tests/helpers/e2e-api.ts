/**
 * One GraphQL call straight to the API the end-to-end tests run (E2E_API_URL): what "someone else"
 * does while a page is open, or a test's own set-up. Calls go as the e2e administrator (an owner of
 * every workspace, see e2e-global-setup.ts) unless `options.token` says otherwise (null: anonymous).
 * Throws with the messages of any errors.
 */

export interface E2eCredentials {
  email: string;
  password: string;
}

/** The administrator the e2e global setup made (E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD). */
export function adminCredentials(): E2eCredentials {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL is not set: the e2e global setup did not run');
  return { email, password };
}

function apiUrl(): string {
  const base = process.env.E2E_API_URL;
  if (!base) throw new Error('E2E_API_URL is not set: the e2e global setup did not run');
  return base.endsWith('/graphql') ? base : `${base.replace(/\/$/, '')}/graphql`;
}

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

async function post<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<Answer<T>> {
  const response = await fetch(apiUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<T>;
}

/** An access token for these credentials (signIn; 15 minutes). */
export async function accessTokenFor(who: E2eCredentials): Promise<string> {
  const answer = await post<{ signIn: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { ...who },
    null,
  );
  if (!answer.data?.signIn) throw new Error(`e2e sign-in failed: ${answer.errors?.map((e) => e.message).join('; ')}`);
  return answer.data.signIn.accessToken;
}

let adminToken: Promise<string> | null = null;

export async function e2eApi<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string | null } = {},
): Promise<T> {
  const asAdmin = options.token === undefined;
  if (asAdmin) adminToken ??= accessTokenFor(adminCredentials());
  let body = await post<T>(query, variables, asAdmin ? await adminToken! : (options.token ?? null));
  // A run longer than the token's life signs in again, once.
  if (asAdmin && body.errors?.[0]?.extensions?.reason === 'TOKEN_EXPIRED') {
    adminToken = accessTokenFor(adminCredentials());
    body = await post<T>(query, variables, await adminToken);
  }
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
