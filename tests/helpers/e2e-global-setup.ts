/**
 * End-to-end set-up: the real database (shared with integration tests), the built API as a child
 * process and the built web client served by vite preview, each on a free loopback port.
 * The seed map is loaded once. The page's URL reaches the test workers through E2E_WEB_URL.
 *
 * The tests that edit need a signed-in user: the API is started with TIERMAP_ADMIN_EMAIL and
 * TIERMAP_ADMIN_PASSWORD, so on an empty database it makes that administrator (an owner of every
 * workspace) at first start. The credentials reach the workers as E2E_ADMIN_EMAIL and
 * E2E_ADMIN_PASSWORD (set them to choose others). On a database that has users already, the API makes
 * no administrator: a later run signs in as the one an earlier run made, or else signs up that address
 * (sign-up is open outside production) — a user who is not an administrator, which the tests that edit
 * the seed map then lack the rights for (a warning says so).
 *
 * The browser is chosen (and, when it is the one inside @sparticuz/chromium, unpacked) here once, before
 * the workers start theirs; see helpers/browser.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureSeed } from '../../graph-seed/src/ensure-seed';
import { ROOT, startApi, startWeb, type Service } from '../../scripts/processes';
import { browserChoice } from './browser';
import { freePort } from './free-port';
import neo4jGlobalSetup from './neo4j-global-setup';
import { NO_RATE_LIMITS } from './rate-limits';

declare global {
  var __tiermapE2e: Service[] | undefined;
}

export default async function e2eGlobalSetup(): Promise<void> {
  for (const built of ['api/dist/index.js', 'web/dist/index.html']) {
    if (!existsSync(path.join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
  const browser = await browserChoice();
  console.log(`e2e: browser ${browser.name} (${browser.executablePath})`);
  await neo4jGlobalSetup();
  // The web client's tests browse the seed map; load it once (ensureSeed skips it when present).
  await ensureSeed({ ...process.env, LOG_LEVEL: 'warn' });
  const admin = {
    email: process.env.E2E_ADMIN_EMAIL ?? 'e2e-admin@tiermap.test',
    password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password',
  };
  const apiPort = await freePort();
  const api = await startApi({
    NEO4J_URI: process.env.NEO4J_URI,
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...NO_RATE_LIMITS,
    TIERMAP_ADMIN_EMAIL: admin.email,
    TIERMAP_ADMIN_PASSWORD: admin.password,
  });
  const web = await startWeb(await freePort(), `http://127.0.0.1:${apiPort}`);
  globalThis.__tiermapE2e = [web.service, api.service];
  process.env.E2E_API_URL = api.match[1];
  process.env.E2E_WEB_URL = web.match[1];
  process.env.E2E_ADMIN_EMAIL = admin.email;
  process.env.E2E_ADMIN_PASSWORD = admin.password;
  await ensureAdmin(api.match[1]!, admin);
}

/** Signs the e2e administrator in, signing it up when the database had users before the API started. */
async function ensureAdmin(url: string, admin: { email: string; password: string }): Promise<void> {
  const call = async (query: string, variables: Record<string, string>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, { user: { admin: boolean } }>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
  const fields = '{ user { admin } }';
  let answer = await call(
    `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) ${fields} }`,
    admin,
  );
  if (answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
    answer = await call(
      `mutation($email: String!, $password: String!, $name: String!) { signUp(email: $email, password: $password, name: $name) ${fields} }`,
      { ...admin, name: 'E2E owner' },
    );
  }
  if (answer.errors?.length || !answer.data)
    throw new Error(
      `The e2e user ${admin.email} could not sign in: ${answer.errors?.map((e) => e.message).join('; ')}`,
    );
  const user = Object.values(answer.data)[0]!.user;
  if (!user.admin)
    console.warn(
      `e2e: ${admin.email} is not an administrator (the test database had users before): the tests that edit the seed map will be refused.`,
    );
}
