/**
 * Rate limits per account, per API token and per address, and sign-in attempts on their own rule
 * (api/src/guards/rate-limiter.ts); shared by API processes through the database. Limits are set
 * low here; windows are 10 s (sign-ins 60 s) on the wall clock, so each test starts early in one.
 */
import { postAs, startTestApi, type HttpAnswer, type TestApi, type TestUser } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const LIMITS = {
  RATE_LIMIT_ACCOUNT_PER_MIN: '60', // 10 per 10 s
  RATE_LIMIT_TOKEN_PER_MIN: '30', // 5 per 10 s
  RATE_LIMIT_IP_PER_MIN: '36', // 6 per 10 s
  RATE_LIMIT_SIGNIN_PER_MIN: '3',
  // Busy time is not what most tests here are about (a slow machine's sign-ins with argon2 would
  // spend it): one process of its own has a low limit (BUSY below).
  RATE_LIMIT_BUSY_S_PER_MIN: '600',
  // Both processes sign access tokens with the same key, as replicas of one deployment do.
  // Requests name their address in X-Forwarded-For, as behind one proxy: each test is its own
  // address, apart from the other test files' requests from 127.0.0.1.
  TRUST_PROXY: '1',
  TIERMAP_SECRET: 'rate-limit-test-secret-of-at-least-32-characters',
};

const BUSY = { ...LIMITS, RATE_LIMIT_BUSY_S_PER_MIN: '6' }; // 200 ms of busy time per 2 s

type Answer = HttpAnswer & { retryAfter: string | null };

async function post(api: TestApi, query: string, headers: Record<string, string>, variables = {}): Promise<Answer> {
  const answer = await postAs(api, query, variables, headers);
  return { ...answer, retryAfter: answer.headers.get('retry-after') };
}

/** Waits, if needed, until at least 4 s of the current 10-second window remain. */
async function earlyInWindow(): Promise<void> {
  const into = Date.now() % 10_000;
  if (into > 6_000) await new Promise((resolve) => setTimeout(resolve, 10_000 - into + 50));
}

const ME = '{ me { id } }';

/** A documentation address (RFC 5737) of its own, as a proxy would name the client. */
function fromAddress(): Record<string, string> {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return { 'x-forwarded-for': `203.0.113.${byte()}, 198.51.100.${byte()}` };
}

function expectLimited(answer: Answer, rule: string): void {
  expect(answer.status).toBe(429);
  expect(answer.body.data ?? null).toBeNull();
  const [error] = answer.body.errors ?? [];
  expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', rule });
  const retryAfter = Number(answer.retryAfter);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(rule === 'signIn' ? 60 : rule === 'time' ? 2 : 10);
  expect(error?.extensions?.retryAfterSeconds).toBe(retryAfter);
}

describe('rate limits', () => {
  let api: TestApi;
  let other: TestApi;
  let busy: TestApi;
  let ws: TestWorkspace;

  beforeAll(async () => {
    [api, other, busy] = await Promise.all([
      startTestApi({ env: LIMITS }),
      startTestApi({ env: LIMITS }),
      startTestApi({ env: BUSY }),
    ]);
    ws = await createTestWorkspace(api, 'rate-limits');
  });
  afterAll(async () => {
    await ws.remove();
    await Promise.all([api.close(), other.close(), busy.close()]);
  });

  it('refuses an account past its limit with 429 and Retry-After, and changes nothing', async () => {
    const user = await api.signUpUser('limited');
    const bystander = await api.signUpUser('bystander');
    await earlyInWindow();
    for (let i = 0; i < 10; i++) expect((await post(api, ME, user.headers)).status).toBe(200);
    const refused = await post(
      api,
      'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
      user.headers,
      { input: { slug: `rate-limited-${Date.now()}`, title: 'Never made' } },
    );
    expectLimited(refused, 'account');
    const mine = await post(api, '{ workspaces(first: 100) { edges { node { title } } } }', bystander.headers);
    expect(JSON.stringify(mine.body)).not.toContain('Never made');
    // Another account from the same address is not affected.
    expect((await post(api, ME, bystander.headers)).status).toBe(200);
  });

  it('holds the refusals of a client that ignores Retry-After, and serves others meanwhile', async () => {
    const hammer = await api.signUpUser('ignores-retry-after');
    const bystander = await api.signUpUser('bystander-2');
    await earlyInWindow();
    for (let i = 0; i < 10; i++) expect((await post(api, ME, hammer.headers)).status).toBe(200);
    expectLimited(await post(api, ME, hammer.headers), 'account');
    // Asked again at once: still refused, with the same code and Retry-After, but only after a
    // pause (at least 4 s of the window were left, so the pause is the full second).
    const order: string[] = [];
    const started = Date.now();
    const held = post(api, ME, hammer.headers).then((answer) => {
      order.push('held');
      return { answer, elapsed: Date.now() - started };
    });
    const other = await post(api, ME, bystander.headers);
    order.push('bystander');
    expect(other.status).toBe(200);
    const { answer, elapsed } = await held;
    expectLimited(answer, 'account');
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(order).toEqual(['bystander', 'held']);
  });

  it('counts an API token on its own, apart from its account', async () => {
    const created = await post(
      api,
      'mutation($ws: ID!) { createApiToken(workspace: $ws, name: "script", role: VIEWER) { secret } }',
      api.admin!.headers,
      { ws: ws.id },
    );
    const secret = (created.body.data?.createApiToken as { secret: string } | undefined)?.secret;
    expect(secret).toMatch(/^tmk_/);
    const scriptHeaders = { authorization: `Bearer ${secret}` };
    await earlyInWindow();
    for (let i = 0; i < 5; i++) expect((await post(api, ME, scriptHeaders)).status).toBe(200);
    expectLimited(await post(api, ME, scriptHeaders), 'token');
    // The account the token belongs to still has its own allowance.
    expect((await post(api, ME, api.admin!.headers)).status).toBe(200);
  });

  it('limits sign-in attempts per address, even with the right password', async () => {
    const user: TestUser = await other.signUpUser('signs-in');
    const from = fromAddress();
    const signIn = (password: string) =>
      post(other, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', from, {
        e: user.email,
        p: password,
      });
    const answers = [await signIn('wrong password'), await signIn('wrong again'), await signIn(user.password)];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers[2]!.body.data?.signIn).toBeTruthy();
    expectLimited(await signIn(user.password), 'signIn');
  });

  it('counts anonymous visitors and wrong credentials per address, not signed-in users', async () => {
    await earlyInWindow();
    const statuses: number[] = [];
    const from = fromAddress();
    const anonymous = { ...from, 'x-tiermap-viewer': 'anonymous' };
    const wrong = { ...from, authorization: 'Bearer tmk_wrong' };
    for (let i = 0; i < 3; i++) statuses.push((await post(api, ME, anonymous)).status);
    for (let i = 0; i < 3; i++) statuses.push((await post(api, ME, wrong)).status);
    expect(statuses).toEqual([200, 200, 200, 401, 401, 401]);
    expectLimited(await post(api, ME, anonymous), 'ip');
    expectLimited(await post(api, ME, wrong), 'ip');
    // A signed-in user from the same address, and a visitor from another, are not affected.
    expect((await post(api, ME, { ...from, ...api.admin!.headers })).status).toBe(200);
    expect((await post(api, ME, { ...fromAddress(), 'x-tiermap-viewer': 'anonymous' })).status).toBe(200);
  });

  it('limits the time a client keeps the server busy, not a client sending one request at a time', async () => {
    const greedy = await api.signUpUser('greedy');
    const patient = await api.signUpUser('patient');
    // Busy time is counted in 2-second windows: start at the beginning of one.
    await new Promise((resolve) => setTimeout(resolve, 2_000 - (Date.now() % 2_000) + 20));
    // 9 at once (under the count limit of 10): their times add up while they wait for each other.
    const burst = await Promise.all(
      Array.from({ length: 9 }, () => post(busy, '{ me { id } workspaces { id title actorCount } }', greedy.headers)),
    );
    // Those that arrived after the first ones had spent the allowance were refused already.
    expect(burst.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
    for (const answer of burst.filter((one) => one.status !== 200)) expectLimited(answer, 'time');
    expectLimited(await post(busy, ME, greedy.headers), 'time');
    for (let i = 0; i < 3; i++) expect((await post(busy, ME, patient.headers)).status).toBe(200);
  });

  it('shares counts between API processes on one database', async () => {
    const user = await api.signUpUser('two-processes');
    await earlyInWindow();
    for (let i = 0; i < 7; i++) expect((await post(api, ME, user.headers)).status).toBe(200);
    // Each process sends its counts once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const through = [];
    for (let i = 0; i < 4; i++) through.push((await post(other, ME, user.headers)).status);
    expect(through).toEqual([200, 200, 200, 429]);
  });
});
