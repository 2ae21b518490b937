import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { adminCredentials, e2eApi as api } from '../helpers/e2e-api';
import { storedCopies } from '../helpers/e2e-session';

/**
 * Accounts, roles and visibility in the browser: the owner signs in through the form, makes a workspace
 * and invites a viewer; an actor marked RESTRICTED in its edit form then leaves no trace for that viewer
 * — not on the map, in search, in the tables or in the analyses — and signing out leaves no copy of
 * what the viewer saw in IndexedDB.
 */
const RUN = randomUUID().slice(0, 8);
const SLUG = `e2e-access-${RUN}`;
const TITLE = `Harbour access test ${RUN}`;
const HIDDEN = 'Quiet Shelter Network';
const MEMBERS_ONLY = 'Pier Migrant Voices';
const MEMBER = { name: 'Mina Member', email: `e2e-member-${RUN}@tiermap.test`, password: 'member-password-1' };
const VIEWPORT = { width: 1440, height: 900 };

interface Cy {
  getElementById(id: string): { length: number };
  nodes(selector: string): { length: number };
}
const drawn = (page: Page, id: string) =>
  page.evaluate((nodeId) => (window as unknown as { __tiermapCy: Cy }).__tiermapCy.getElementById(nodeId).length, id);
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ');

/** Asks `read` again until `done` holds of its answer (or the time is up), and returns the last answer. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** The workspace page, from the account menu. */
async function openWorkspaces(page: Page): Promise<void> {
  await page.getByTestId('account-button').click();
  await page.getByTestId('menu-workspaces').click();
  await page.getByTestId('workspace-page').waitFor();
}

async function createActor(input: Record<string, unknown>): Promise<string> {
  const answer = await api<{ createActor: { id: string } }>(
    'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
    { ws: SLUG, input },
  );
  return answer.createActor.id;
}

async function createRelation(input: Record<string, unknown>): Promise<void> {
  await api('mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }', {
    ws: SLUG,
    input,
  });
}

/** Fails sign-ins for `email` until the next failure locks it for 8 s (the locks double from 1 s). */
async function lockSoon(email: string): Promise<void> {
  const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }';
  for (let failures = 0; failures < 7; failures += 1) {
    const wait = await api(signIn, { e: email, p: 'not-the-password' }, { token: null }).then(
      () => 0,
      (error: Error) => Number(/try again in (\d+) s/.exec(error.message)?.[1] ?? 0),
    );
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
  }
}

describe('accounts, roles and visibility in the web client', () => {
  let browser: Browser;
  let owner: BrowserContext;
  let page: Page;
  let member: BrowserContext;
  let memberPage: Page;
  let invitationLink = '';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await browser.newContext({ viewport: VIEWPORT });
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl() });
    page = await owner.newPage();
  });
  afterAll(async () => {
    await api('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: SLUG }).catch(() => undefined);
    await browser.close();
  });

  it('signs in through the form; a wrong password and a locked address read as words', async () => {
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const menu = page.getByTestId('account-menu');
    expect(await menu.getAttribute('data-state')).toBe('signed-out');
    // A visitor is offered nothing to edit.
    expect(await page.getByTestId('new-actor').count()).toBe(0);

    await page.getByTestId('sign-in').click();
    const form = page.getByTestId('sign-in-form');
    await form.waitFor();
    await screenshot(page, 'web-accounts-sign-in-form');

    const locked = `e2e-locked-${RUN}@tiermap.test`;
    await api(
      'mutation($e: String!, $p: String!) { signUp(email: $e, password: $p, name: "Locked") { accessToken } }',
      {
        e: locked,
        p: 'locked-password-1',
      },
      { token: null },
    );
    await lockSoon(locked);
    await form.getByLabel('E-mail address').fill(locked);
    await form.getByLabel('Password').fill('still-not-the-password');
    await form.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await error
      .getByText(/Too many failed sign-ins for this address\. Try again in \d+ s\./)
      .waitFor({ timeout: 15000 });
    expect(await form.getByTestId('sign-in-submit').isDisabled()).toBe(true);
    await screenshot(page, 'web-accounts-sign-in-locked');

    const { email, password } = adminCredentials();
    await form.getByLabel('E-mail address').fill(email);
    await form.getByLabel('Password').fill('a-wrong-password');
    await form.getByTestId('sign-in-submit').click();
    await error.getByText('Wrong e-mail address or password.').waitFor({ timeout: 15000 });
    await screenshot(page, 'web-accounts-sign-in-wrong-password');

    await form.getByLabel('Password').fill(password);
    await form.getByTestId('sign-in-submit').click();
    await page.locator('[data-testid=account-menu][data-state=signed-in]').waitFor({ timeout: 15000 });
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    await page.getByTestId('new-actor').waitFor({ timeout: 15000 });
  });

  it('creates a workspace on the workspace page, where its owner finds every section', async () => {
    await openWorkspaces(page);
    await page.getByTestId('new-workspace').click();
    const form = page.getByTestId('create-workspace-form');
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Short name (in links)').fill(SLUG);
    await form.getByLabel('Description').fill('Made by the end-to-end test of accounts and visibility.');
    await form.getByTestId('create-workspace-submit').click();
    const manager = page.getByTestId('workspace-manager');
    await manager.getByRole('heading', { name: TITLE }).waitFor({ timeout: 15000 });
    expect(await manager.getByTestId('my-role').innerText()).toBe('Owner');
    const tabs = await manager.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(['Settings', 'Themes', 'Members', 'API tokens', 'Audit log', 'Delete']);
    const row = page.locator(`[data-testid=workspace-row][data-slug="${SLUG}"]`);
    expect(await row.getByTestId('workspace-role').innerText()).toBe('Owner');
    expect(new URL(page.url()).searchParams.get('workspace')).toBe(SLUG);
    await screenshot(page, 'web-accounts-workspace-page');
  });

  it('adds actors and relations (one actor through the form, members-only)', async () => {
    ids.city = await createActor({ name: 'Harbour City Council', kind: 'MUNICIPALITY', tier: 'LOCAL', country: 'GR' });
    ids.aid = await createActor({ name: 'Dockside Refugee Aid', kind: 'NGO', tier: 'LOCAL', country: 'GR' });
    ids.hidden = await createActor({ name: HIDDEN, kind: 'NGO', tier: 'LOCAL', country: 'GR' });
    await createRelation({ type: 'FUNDS', sourceId: ids.city, targetId: ids.aid, amount: 20000, currency: 'EUR' });
    await createRelation({ type: 'FUNDS', sourceId: ids.city, targetId: ids.hidden, amount: 50000, currency: 'EUR' });
    await createRelation({ type: 'PARTNERS_WITH', sourceId: ids.aid, targetId: ids.hidden });

    await page.getByTestId('open-map').click();
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    await page.getByTestId('new-actor').click();
    const form = page.getByTestId('create-actor-form');
    await form.getByLabel('Name', { exact: true }).fill(MEMBERS_ONLY);
    await form.getByLabel('Kind', { exact: true }).selectOption('MIGRANT_LED_ORGANISATION');
    await form.getByLabel('Visibility').selectOption('WORKSPACE');
    await form.getByTestId('create-actor-submit').click();
    await page.getByTestId('actor-name').getByText(MEMBERS_ONLY).waitFor({ timeout: 15000 });
    expect(await page.getByTestId('actor-panel').getByTestId('visibility-badge').innerText()).toBe('Members');
    const search = await api<{ actors: { edges: { node: { id: string } }[] } }>(
      'query($ws: ID!) { actors(workspace: $ws, search: "Pier Migrant") { edges { node { id } } } }',
      { ws: SLUG },
    );
    ids.membersOnly = search.actors.edges[0]!.node.id;
    await createRelation({ type: 'ADVOCATES_TO', sourceId: ids.membersOnly, targetId: ids.city });
  });

  it('invites a viewer and copies the invitation link; makes an API token whose secret shows once', async () => {
    await openWorkspaces(page);
    await page.getByTestId('section-members').click();
    const invite = page.getByTestId('invite-form');
    await invite.getByLabel('E-mail address').fill(MEMBER.email);
    await invite.getByTestId('invite-role').selectOption('VIEWER');
    await invite.getByTestId('send-invitation').click();
    await page.getByTestId('invitation-link').waitFor({ timeout: 15000 });
    await page.getByTestId('invitation-link-copy').click();
    await page.getByTestId('invitation-link-copy').getByText('Copied').waitFor();
    invitationLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(invitationLink).toBe(await page.getByTestId('invitation-link').inputValue());
    const link = new URL(invitationLink);
    expect(link.origin).toBe(new URL(webUrl()).origin);
    expect(link.searchParams.get('invitation')).toMatch(/\S{20,}/);
    await page.getByTestId('invitation-row').filter({ hasText: MEMBER.email }).waitFor();
    await screenshot(page, 'web-accounts-members');

    await page.getByTestId('section-tokens').click();
    const tokenForm = page.getByTestId('token-form');
    await tokenForm.getByLabel('Token name').fill('e2e script');
    await tokenForm.getByTestId('create-token').click();
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^tmk_/);
    const me = await api<{ me: { email: string } }>('{ me { email } }', {}, { token: secret });
    expect(me.me.email).toBe(adminCredentials().email);
    await screenshot(page, 'web-accounts-token-secret');
    await page.getByTestId('token-secret-done').click();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    await page.getByTestId('token-row').filter({ hasText: 'e2e script' }).getByTestId('revoke-token').click();
    await page.getByTestId('token-row').filter({ hasText: 'revoked' }).waitFor({ timeout: 15000 });
    await expect(api('{ me { email } }', {}, { token: secret })).rejects.toThrow(/not valid/);

    await page.getByTestId('section-audit').click();
    await page.getByTestId('audit-row').first().waitFor({ timeout: 15000 });
    expect(await text(page, 'audit-table')).toMatch(/Member invited|Invitation|invit/i);
    await screenshot(page, 'web-accounts-audit');
  });

  it('marks an actor RESTRICTED through its edit form; the owner still sees it everywhere', async () => {
    await page.getByTestId('open-map').click();
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    // Back on the map, it is loaded afresh: what was added meanwhile (through the API) is there.
    expect(await text(page, 'map-count')).toContain('4 of 4 actors');
    await page.getByTestId('search-input').fill('Quiet Shelter');
    await page.getByTestId('search-results').getByText(HIDDEN).waitFor({ timeout: 15000 });
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('actor-name').getByText(HIDDEN).waitFor({ timeout: 15000 });
    await page.getByTestId('edit-actor').click();
    const form = page.getByTestId('edit-actor-form');
    await form.getByLabel('Visibility').selectOption('RESTRICTED');
    await screenshot(page, 'web-accounts-restrict-form');
    await form.getByTestId('save-actor').click();
    await page.locator('[data-testid=actor-panel] [data-testid=visibility-badge][data-visibility=RESTRICTED]').waitFor({
      timeout: 15000,
    });
    await page.getByTestId('view-funding').click();
    await page.getByTestId('funding-recipients').getByText(HIDDEN).waitFor({ timeout: 30000 });
  });

  it('lets the invited viewer sign up and join; the restricted actor leaves no trace for them', async () => {
    member = await browser.newContext({ viewport: VIEWPORT });
    memberPage = await member.newPage();
    const errors: string[] = [];
    memberPage.on('pageerror', (error) => errors.push(error.message));
    await memberPage.goto(invitationLink);
    const card = memberPage.getByTestId('accept-invitation');
    await card.waitFor({ timeout: 30000 });
    await card.getByTestId('invitation-sign-up').click();
    const form = memberPage.getByTestId('sign-in-form');
    await form.getByLabel('Name').fill(MEMBER.name);
    await form.getByLabel('E-mail address').fill(MEMBER.email);
    await form.getByLabel('Password').fill(MEMBER.password);
    await form.getByTestId('sign-in-submit').click();
    await memberPage.getByTestId('accept-invitation-button').click({ timeout: 30000 });
    await memberPage.getByTestId('map-count').waitFor({ timeout: 60000 });
    expect(new URL(memberPage.url()).searchParams.get('workspace')).toBe(SLUG);
    expect(new URL(memberPage.url()).searchParams.get('invitation')).toBeNull();

    // The map: every actor but the restricted one, the members-only one included.
    expect(await text(memberPage, 'map-count')).toContain('3 of 3 actors');
    expect(await drawn(memberPage, ids.hidden!)).toBe(0);
    for (const id of [ids.city!, ids.aid!, ids.membersOnly!]) expect(await drawn(memberPage, id)).toBe(1);
    // A viewer is offered nothing to edit.
    expect(await memberPage.getByTestId('new-actor').count()).toBe(0);
    await screenshot(memberPage, 'web-accounts-member-map');

    // Search: nothing under the restricted name, the others as before.
    const search = memberPage.getByTestId('search-input');
    await search.fill('Quiet Shelter');
    await memberPage.getByTestId('search-results').getByText('No actor matches').waitFor({ timeout: 15000 });
    await search.fill('Dockside');
    await memberPage.getByTestId('search-results').getByText('Dockside Refugee Aid').waitFor({ timeout: 15000 });
    await search.fill('');

    // The tables.
    await memberPage.getByTestId('view-table').click();
    const actorTable = await text(memberPage, 'actor-table');
    expect(actorTable).toContain('3 actors');
    expect(actorTable).toContain(MEMBERS_ONLY);
    expect(actorTable).not.toContain(HIDDEN);
    await memberPage.getByTestId('view-relations').click();
    expect(await memberPage.getByTestId('relation-table').getAttribute('data-total')).toBe('2');
    expect(await text(memberPage, 'relation-table')).not.toContain(HIDDEN);

    // The analyses: the matrix counts and the funding view.
    await memberPage.getByTestId('view-matrix').click();
    // Local → local: the grant to Dockside and the members-only actor's advocacy; none of the restricted actor's.
    const cell = memberPage.getByTestId('matrix-cell-LOCAL-LOCAL');
    await cell.waitFor({ timeout: 30000 });
    expect(await cell.innerText()).toBe('2');
    expect(await text(memberPage, 'matrix-view')).not.toContain(HIDDEN);
    await memberPage.getByTestId('view-funding').click();
    await memberPage.getByTestId('funding-recipients').getByText('Dockside Refugee Aid').waitFor({ timeout: 30000 });
    expect(await text(memberPage, 'funding-view')).not.toContain(HIDDEN);
    expect(await text(memberPage, 'funding-summary')).toMatch(/^1 funders, 1 recipients/);
    for (const lens of ['brokers', 'silos']) {
      await memberPage.getByTestId('view-map').click();
      await memberPage.getByTestId(`lens-${lens}`).click();
      await memberPage.locator(`[data-testid=legend][data-lens=${lens}][data-state=ready]`).waitFor({ timeout: 60000 });
      expect(await memberPage.locator('body').innerText()).not.toContain(HIDDEN);
    }

    // The actor itself, opened by its id: hidden as if it did not exist.
    await memberPage.goto(`${webUrl()}/?workspace=${SLUG}&actor=${ids.hidden}`);
    await memberPage.getByText('This actor no longer exists or is hidden from you.').waitFor({ timeout: 30000 });
    expect(errors).toEqual([]);
  });

  it('signs the viewer out: the menu says so, and the members-only copy leaves IndexedDB', async () => {
    await memberPage.goto(`${webUrl()}/?workspace=${SLUG}`);
    await memberPage.getByTestId('map-count').waitFor({ timeout: 60000 });
    // The map and its layout are stored for the viewer's class once the map has settled.
    const stored = await poll(
      () => storedCopies(memberPage),
      (copies) => copies.graphs.includes(`members|${SLUG}`) && copies.layouts.includes(`members|${SLUG}`),
    );
    expect(stored.graphs).toContain(`members|${SLUG}`);
    expect(stored.layouts).toContain(`members|${SLUG}`);

    await memberPage.getByTestId('account-button').click();
    await memberPage.getByTestId('sign-out').click();
    await memberPage.locator('[data-testid=account-menu][data-state=signed-out]').waitFor({ timeout: 15000 });
    await memberPage.getByTestId('map-count').waitFor({ timeout: 60000 });
    // Signed out, the public view: the members-only actor is gone too.
    expect(await text(memberPage, 'map-count')).toContain('2 of 2 actors');
    const copies = await storedCopies(memberPage);
    expect([...copies.graphs, ...copies.layouts].filter((id) => !id.startsWith('public|'))).toEqual([]);
    await screenshot(memberPage, 'web-accounts-signed-out');
    await member.close();
  });

  it('deletes the workspace once its slug is typed, and restores it from the deleted list', async () => {
    await openWorkspaces(page);
    await page.getByTestId('section-delete').click();
    const form = page.getByTestId('delete-workspace-form');
    const confirm = form.getByTestId('confirm-delete-workspace');
    expect(await confirm.isDisabled()).toBe(true);
    await form.getByLabel(`Type ${SLUG} to confirm`).fill(SLUG);
    await confirm.click();
    const deleted = page.getByTestId('deleted-workspace').filter({ hasText: TITLE });
    await deleted.waitFor({ timeout: 15000 });
    expect(await page.locator(`[data-testid=workspace-row][data-slug="${SLUG}"]`).count()).toBe(0);
    await screenshot(page, 'web-accounts-deleted');
    await deleted.getByTestId('restore-workspace').click();
    await page.getByTestId('workspace-manager').getByRole('heading', { name: TITLE }).waitFor({ timeout: 15000 });
    await page.locator(`[data-testid=workspace-row][data-slug="${SLUG}"]`).waitFor();
  });
});
