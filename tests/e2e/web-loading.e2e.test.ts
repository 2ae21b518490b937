import { randomUUID } from 'node:crypto';
import type { Browser, Page, Request } from 'playwright-core';
import { e2eApi as api } from '../helpers/e2e-api';
import { launchBrowser, webUrl } from '../helpers/browser';

/** The GraphQL operation a request carries (its name and variables), or null for other requests. */
function operationOf(request: Request): { name: string; variables: Record<string, unknown> } | null {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return null;
  const body = JSON.parse(request.postData() ?? '{}') as { query?: string; variables?: Record<string, unknown> };
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
  return { name, variables: body.variables ?? {} };
}

/**
 * This file works in a workspace of its own, so that no other test's edit changes its revision between
 * the two visits.
 */
describe('loading the map: the first request from index.html, a second visit from IndexedDB', () => {
  let browser: Browser;
  let slug: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    slug = `e2e-loading-${randomUUID().slice(0, 8)}`;
    await api('mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }', {
      input: { slug, title: 'Loading test' },
    });
    const create = 'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }';
    const city = await api<{ createActor: { id: string } }>(create, {
      ws: slug,
      input: { name: 'Harbour City Council', kind: 'MUNICIPALITY', tier: 'LOCAL' },
    });
    const ngo = await api<{ createActor: { id: string } }>(create, {
      ws: slug,
      input: { name: 'Dockside Refugee Aid', kind: 'NGO', tier: 'LOCAL' },
    });
    await api('mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }', {
      ws: slug,
      input: { type: 'FUNDS', sourceId: city.createActor.id, targetId: ngo.createActor.id },
    });
  });
  afterAll(() => browser.close());

  /** Opens the map, recording its GraphQL operations; `holdBundle` holds the client's script back. */
  async function visit(
    page: Page,
    holdBundle?: Promise<void>,
  ): Promise<{ name: string; variables: Record<string, unknown> }[]> {
    const operations: { name: string; variables: Record<string, unknown> }[] = [];
    const record = (request: Request) => {
      const operation = operationOf(request);
      if (operation) operations.push(operation);
    };
    page.on('request', record);
    let held = 0;
    if (holdBundle)
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        held += 1;
        await holdBundle;
        await route.continue();
      });
    await page.goto(`${webUrl()}/?workspace=${slug}`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('map-count').textContent()).toContain('2 of 2 actors');
    if (holdBundle) {
      await page.unroute(/\/assets\/index-[^/]+\.js$/);
      // The bundle really was held back (the pattern matches its name).
      expect(held).toBe(1);
    }
    page.off('request', record);
    return operations;
  }

  it('asks for the map before the client script has loaded, and only once (a small map whole)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The bundle is held until the map's first request has gone out: only index.html's inline script
    // can send it then (the test times out otherwise).
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    page.on('request', (request) => {
      const operation = operationOf(request);
      if (operation?.name === 'MapGraph' && operation.variables.part === 0) release();
    });
    const operations = await visit(page, released);
    // A map this small (at most the aggregation threshold) comes whole in that one request.
    const parts = operations.filter((operation) => operation.name === 'MapGraph');
    expect(parts.map((operation) => operation.variables)).toEqual([
      { workspace: slug, part: 0, parts: 4, wholeUpTo: 3000 },
    ]);
    // A first visit has nothing in IndexedDB, so nothing to check the revision of.
    expect(operations.map((operation) => operation.name)).not.toContain('Revision');
    expect(errors).toEqual([]);

    // The copy is stored once the map is drawn, and a marker says so for the next visit's inline script.
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, `tiermap:map-copy:${slug}`, {
      timeout: 30000,
    });
    const second = await visit(page);
    expect(second.map((operation) => operation.name)).toContain('Revision');
    expect(second.filter((operation) => operation.name === 'MapGraph')).toEqual([]);
    await page.close();
  });

  it('says so when a workspace has no actors yet, rather than laying out forever', async () => {
    const empty = `e2e-empty-${randomUUID().slice(0, 8)}`;
    await api('mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }', {
      input: { slug: empty, title: 'Nothing here yet' },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${webUrl()}/?workspace=${empty}`);
    await page.getByTestId('map-empty').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('map-empty').textContent()).toBe('This workspace has no actors yet.');
    expect(await page.getByTestId('map-count').textContent()).toContain('0 of 0 actors');
    expect(await page.getByTestId('map-status').count()).toBe(0);
    await page.close();
  });
});
