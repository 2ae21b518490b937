import { randomUUID } from 'node:crypto';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { accessTokenFor, e2eApi as api } from '../helpers/e2e-api';
import { signInPage } from '../helpers/e2e-session';

/** The GraphQL operations a page sends: name, and whether an access token went with it. */
function recordOperations(page: Page): { name: string; bearer: string | null }[] {
  const operations: { name: string; bearer: string | null }[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}') as { query?: string };
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
    operations.push({ name, bearer: request.headers().authorization ?? null });
  });
  return operations;
}

async function focusBySearch(page: Page, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('actor-name').getByText(name).waitFor({ timeout: 15000 });
}

/**
 * The session in the browser: it survives a reload through the refresh cookie alone (the access token
 * lives in memory), an expired access token is renewed and the request sent again, and a session ended
 * elsewhere signs the page out.
 */
describe('the web client session', () => {
  let browser: Browser;
  const user = { email: `e2e-session-${randomUUID().slice(0, 8)}@tiermap.test`, password: 'session-password-1' };
  beforeAll(async () => {
    browser = await launchBrowser();
    await api(
      'mutation($e: String!, $p: String!) { signUp(email: $e, password: $p, name: "Sam Session") { accessToken } }',
      { e: user.email, p: user.password },
      { token: null },
    );
  });
  afterAll(() => browser.close());

  it('stays signed in across a reload, and every map request carries the access token', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInPage(page, '/?workspace=seed-ecosystem', user);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    // A second visit in the same browser: the cookie and the hint are there, the token is not.
    const again = await context.newPage();
    const operations = recordOperations(again);
    await again.goto(page.url());
    await again.locator('[data-testid=account-menu][data-state=signed-in]').waitFor({ timeout: 30000 });
    await again.getByTestId('map-count').waitFor({ timeout: 60000 });
    // The session comes back from the cookie first; nothing is asked without the token before that.
    expect(operations[0]).toEqual({ name: 'RefreshSession', bearer: null });
    const reads = operations.filter((operation) =>
      ['MapGraph', 'Revision', 'WorkspaceAccess'].includes(operation.name),
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read.bearer).toMatch(/^Bearer \S+/);
    // The token is kept in memory, not in storage.
    const stored = await again.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ/);
    await context.close();
  });

  it('renews an expired access token once and sends the refused request again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInPage(page, '/?workspace=seed-ecosystem', user);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const operations = recordOperations(page);
    let refused = 0;
    // The next actor read is answered as the API answers an expired token.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (refused === 0 && /query Actor\b/.test(body)) {
        refused += 1;
        return route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [
              {
                message: 'The access token has expired',
                extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
              },
            ],
          }),
        });
      }
      return route.continue();
    });
    await focusBySearch(page, 'City of Athens');
    expect(refused).toBe(1);
    // The refused read, then a refresh, then the same read again with the new token.
    const names = operations.map((operation) => operation.name);
    const refusedAt = names.indexOf('Actor');
    const refreshAt = names.indexOf('RefreshSession', refusedAt);
    const retriedAt = names.indexOf('Actor', refusedAt + 1);
    expect(refusedAt).toBeGreaterThanOrEqual(0);
    expect(refreshAt).toBeGreaterThan(refusedAt);
    expect(retriedAt).toBeGreaterThan(refreshAt);
    expect(names.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    expect(operations[retriedAt]!.bearer).toMatch(/^Bearer \S+/);
    expect(operations[retriedAt]!.bearer).not.toBe(operations[refusedAt]!.bearer);
    expect(await page.getByTestId('account-menu').getAttribute('data-state')).toBe('signed-in');
    await page.close();
  });

  it('signs the page out when the session is ended elsewhere (a password change)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInPage(page, '/?workspace=seed-ecosystem', user);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const token = await accessTokenFor(user);
    const next = 'session-password-2';
    await api(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
      { c: user.password, n: next },
      { token },
    );
    user.password = next;
    // The next request of the page is refused: the page forgets the session and shows the public map.
    await page.getByTestId('search-input').fill('City of Athens');
    await page.locator('[data-testid=account-menu][data-state=signed-out]').waitFor({ timeout: 30000 });
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    expect(await page.evaluate(() => localStorage.getItem('tiermap:signed-in'))).toBeNull();
    await page.close();
  });
});
