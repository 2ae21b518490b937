import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { e2eApi as api } from '../helpers/e2e-api';
import { launchBrowser, screenshot } from '../helpers/browser';
import { signInPage } from '../helpers/e2e-session';

const searchIds = async (name: string) =>
  (
    await api<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
      'query($s: String!) { actors(workspace: "seed-ecosystem", search: $s, first: 20) { edges { node { id name } } } }',
      { s: name },
    )
  ).actors.edges
    .filter((edge) => edge.node.name === name)
    .map((edge) => edge.node.id);

/** Whether the map draws the node, by Cytoscape's own element list. */
const drawn = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __tiermapCy?: { getElementById(id: string): { length: number } } }
      ).__tiermapCy?.getElementById(nodeId).length ?? 0,
    id,
  );

/** The seed map, signed in as the e2e administrator (who may edit it). */
async function openMap(browser: Browser, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInPage(page, `/?workspace=seed-ecosystem${query}`);
  try {
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  } catch (error) {
    await screenshot(page, 'web-editing-map-not-loaded');
    throw error;
  }
  return page;
}

const NAME = `E2E Editing Test Collective ${Date.now()}`;
const PARTNER = 'Centre on Migration, Policy and Society';
const QUOTE = 'The collective co-hosts a weekly legal clinic with the Centre (end-to-end test).';

describe('editing on the seed map', () => {
  let browser: Browser;
  let page: Page;
  let actorId = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openMap(browser);
  });
  afterAll(async () => {
    // Leave the shared workspace as it was, whatever happened above.
    for (const id of await searchIds(NAME).catch(() => [])) {
      await api('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id }).catch(() => undefined);
    }
    await browser.close();
  });

  it('shows a field problem beside the field and creates nothing on bad input', async () => {
    await page.getByTestId('new-actor').click();
    const form = page.getByTestId('create-actor-form');
    await form.getByLabel('Name', { exact: true }).fill(NAME);
    await form.getByLabel('Kind', { exact: true }).selectOption('MIGRANT_LED_ORGANISATION');
    await form.getByLabel('Tier', { exact: true }).selectOption('LOCAL');
    await form.getByLabel('Founded', { exact: true }).fill('last spring');
    await form.getByTestId('create-actor-submit').click();
    const problem = form.locator('.field--invalid').filter({ has: page.getByLabel('Founded', { exact: true }) });
    await problem.getByTestId('field-problem').waitFor({ timeout: 15000 });
    expect(await problem.getByTestId('field-problem').textContent()).toMatch(/YYYY/);
    // Focus moves to the field to fix, so a keyboard user lands on it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('founded');
    expect(await searchIds(NAME)).toEqual([]);
    await screenshot(page, 'web-editing-field-problem');
  });

  it('creates an actor with every field and its quote, which appears on the map and in search', async () => {
    const form = page.getByTestId('create-actor-form');
    await form.getByLabel('Founded', { exact: true }).fill('2019-04');
    await form.getByLabel('Other names and acronyms (one per line)').fill('EETC\nThe Editing Collective');
    // Countries are picked by name: no code to know, nothing cut short.
    await form.getByLabel('Country', { exact: true }).selectOption({ label: 'Greece' });
    await form.getByLabel('City', { exact: true }).fill('Athens');
    const origins = form.getByTestId('origin-countries');
    await origins.getByLabel('Add to countries of origin').selectOption({ label: 'Senegal' });
    await origins.getByLabel('Add to countries of origin').selectOption({ label: 'Gambia' });
    await origins.getByRole('button', { name: 'Remove Gambia' }).click();
    await origins.getByLabel('Add to countries of origin').selectOption({ label: 'Mali' });
    await form.getByLabel('Country', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'web-editing-create-countries');
    const evidence = form.getByTestId('create-evidence');
    await evidence.getByLabel('Quote (verbatim)').fill(QUOTE);
    await evidence.getByLabel('Title', { exact: true }).fill('Collective leaflet');
    await screenshot(page, 'web-editing-create-form');
    await form.getByTestId('create-actor-submit').click();
    await page.getByTestId('actor-name').getByText(NAME).waitFor({ timeout: 15000 });
    await page.getByTestId('saved-notice').getByText('The actor was created.').waitFor();
    [actorId] = await searchIds(NAME);
    expect(actorId).toBeTruthy();
    const { actor: stored } = await api<{ actor: Record<string, unknown> & { sources: unknown[] } }>(
      'query($id: ID!) { actor(id: $id) { aliases country city originCountries founded sources { title quote } } }',
      { id: actorId },
    );
    expect(stored).toEqual({
      aliases: ['EETC', 'The Editing Collective'],
      country: 'GR',
      city: 'Athens',
      originCountries: ['SN', 'ML'],
      founded: '2019-04',
      sources: [{ title: 'Collective leaflet', quote: QUOTE }],
    });
    const facts = (await page.getByTestId('actor-facts').textContent()) ?? '';
    expect(facts).toContain('Athens, Greece');
    expect(facts).toContain('Countries of originSenegal, Mali');
    expect(await page.getByTestId('actor-tab-evidence').textContent()).toBe('Evidence (1)');
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { __tiermapCy: { getElementById(id: string): { length: number } } }
        ).__tiermapCy.getElementById(id).length === 1,
      actorId,
    );
    await page.getByTestId('search-input').fill(NAME.slice(0, 28));
    await page.getByTestId('search-results').getByText(NAME).waitFor({ timeout: 15000 });
    await screenshot(page, 'web-editing-created');
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('search-results').waitFor({ state: 'detached' });
  });

  it('creates a relation to a seed actor, listed in both panels, then edits it', async () => {
    await page.getByTestId('add-relation').click();
    const form = page.getByTestId('relation-form');
    await form.getByTestId('relation-search-input').fill(PARTNER);
    await form.getByTestId('relation-search-results').getByText(PARTNER).first().waitFor({ timeout: 15000 });
    await form.getByTestId('relation-search-input').press('Enter');
    await form.getByTestId('other-actor').getByText(PARTNER).waitFor();
    await form.getByLabel('Type', { exact: true }).selectOption('FUNDS');
    await form.getByLabel('Amount', { exact: true }).fill('lots');
    await form.getByTestId('save-relation').click();
    expect(await form.getByTestId('field-problem').textContent()).toBe('Enter a number.');
    await form.getByLabel('Type', { exact: true }).selectOption('PARTNERS_WITH');
    await expect(form.getByLabel('Amount', { exact: true }).count()).resolves.toBe(0);
    await form.getByLabel('Engagement', { exact: true }).selectOption('COLLABORATE');
    await form.getByLabel('Since', { exact: true }).fill('2021-03');
    await form.getByLabel('Confidence (0–1)').fill('0.8');
    await form.getByLabel('Formal or informal').selectOption('formal');
    await form.getByLabel('Strength (1 weak – 5 strong)').selectOption('4');
    await form.getByTestId('create-evidence').getByLabel('Quote (verbatim)').fill('We signed a partnership in 2021.');
    await form.getByTestId('save-relation').click();
    // A quote must say where it comes from; the form says so and moves focus there.
    await form.getByTestId('create-evidence').getByTestId('field-problem').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('evidence.title');
    await form.getByTestId('create-evidence').getByLabel('URL', { exact: true }).fill('https://example.org/mou');
    await screenshot(page, 'web-editing-relation-form');
    await form.getByTestId('save-relation').click();
    await page.getByTestId('saved-notice').getByText('The relation was saved.').waitFor({ timeout: 15000 });

    await page.getByTestId('actor-tab-relations').click();
    const item = page.getByTestId('relation-item').filter({ hasText: PARTNER });
    await item.waitFor({ timeout: 15000 });
    expect(await item.textContent()).toMatch(/Partners with.*Collaborate.*2021-03/s);
    const created = await api<{ relation: Record<string, unknown> }>(
      'query($id: ID!) { relation(id: $id) { formal strength unsourced sources { url quote } } }',
      { id: (await item.getAttribute('data-relation-id')) ?? '' },
    );
    expect(created.relation).toEqual({
      formal: true,
      strength: 4,
      unsourced: false,
      sources: [{ url: 'https://example.org/mou', quote: 'We signed a partnership in 2021.' }],
    });

    await item.getByTestId('edit-relation').click();
    await form.getByLabel('Until', { exact: true }).fill('2024');
    await form.getByLabel('Notes', { exact: true }).fill('Edited by the end-to-end test.');
    await form.getByTestId('save-relation').click();
    await page.getByTestId('relation-item').filter({ hasText: '2021-03–2024' }).waitFor({ timeout: 15000 });

    await item.getByRole('button', { name: PARTNER }).click();
    await page.getByTestId('actor-name').getByText(PARTNER).waitFor({ timeout: 15000 });
    await page.getByTestId('actor-tab-relations').click();
    await page.getByTestId('relation-item').filter({ hasText: NAME }).waitFor({ timeout: 15000 });
    await screenshot(page, 'web-editing-relation-both-panels');
    await page.getByTestId('relation-item').filter({ hasText: NAME }).getByRole('button', { name: NAME }).click();
    await page.getByTestId('actor-name').getByText(NAME).waitFor({ timeout: 15000 });
  });

  it('adds evidence to the relation and shows its quote', async () => {
    await page.getByTestId('actor-tab-relations').click();
    await page.getByTestId('relation-item').filter({ hasText: PARTNER }).getByTestId('add-relation-evidence').click();
    const form = page.getByTestId('evidence-form');
    await form.getByTestId('save-evidence').click();
    await form.getByTestId('field-problem').waitFor();
    await form.getByLabel('Quote (verbatim)').fill(QUOTE);
    await form.getByLabel('URL', { exact: true }).fill('https://example.org/clinic');
    await form.getByLabel('Page or section').fill('p. 4');
    await form.getByTestId('save-evidence').click();
    await page.getByTestId('actor-tab-relations').click();
    // The relation now has two sources: the quote given when it was created, and this one.
    const item = page.getByTestId('relation-item').filter({ hasText: PARTNER });
    await item.getByText('2 sources').waitFor({ timeout: 15000 });
    const { relation } = await api<{ relation: { sources: Array<{ quote: string | null }> } }>(
      'query($id: ID!) { relation(id: $id) { sources { quote } } }',
      { id: (await item.getAttribute('data-relation-id')) ?? '' },
    );
    expect(relation.sources.map((source) => source.quote)).toEqual(['We signed a partnership in 2021.', QUOTE]);
    await screenshot(page, 'web-editing-evidence');
  });

  it('edits the relation from its own panel, and the map follows', async () => {
    await page.getByTestId('actor-tab-relations').click();
    const item = page.getByTestId('relation-item').filter({ hasText: PARTNER });
    const relationId = (await item.getAttribute('data-relation-id')) ?? '';
    expect(relationId).toBeTruthy();
    await item.getByTestId('open-relation').click();
    const panel = page.getByTestId('relation-panel');
    await panel.getByTestId('relation-facts').waitFor({ timeout: 15000 });
    await panel.getByTestId('edit-relation').click();
    const form = panel.getByTestId('relation-form');
    const oneWay = form.getByLabel(/^One-way/);
    expect(await oneWay.isChecked()).toBe(false); // a partnership reads both ways
    await form.getByLabel('Type', { exact: true }).selectOption('COORDINATES');
    expect(await oneWay.isChecked()).toBe(true); // coordinating is one-way: the direction follows the type
    await form.getByLabel('Notes', { exact: true }).fill('Edited from the relation panel.');
    await screenshot(page, 'web-editing-relation-panel-form');
    await form.getByTestId('save-relation').click();
    await panel.getByTestId('relation-type').getByText('Coordinates').waitFor({ timeout: 15000 });
    expect(await panel.getByTestId('relation-facts').textContent()).toContain('Edited from the relation panel.');
    expect(await panel.locator('.relation-ends__arrow').textContent()).toBe('→');
    // The saved relation reaches the map without loading the workspace again.
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { __tiermapCy: { getElementById(id: string): { data(key: string): unknown } } }
        ).__tiermapCy
          .getElementById(id)
          .data('type') === 'COORDINATES',
      relationId,
    );
    await screenshot(page, 'web-editing-relation-panel-saved');
    await panel.getByRole('button', { name: 'Close the relation panel' }).click();
    await page.getByTestId('actor-name').getByText(NAME).waitFor({ timeout: 15000 });
  });

  it('says someone else changed the actor and reloads their version', async () => {
    await page.getByTestId('edit-actor').click();
    const form = page.getByTestId('edit-actor-form');
    const { actor } = await api<{ actor: { version: number } }>('query($id: ID!) { actor(id: $id) { version } }', {
      id: actorId,
    });
    await api(
      'mutation($id: ID!, $v: Int!) { updateActor(id: $id, expectedVersion: $v, input: { description: "Changed elsewhere." }) { id } }',
      { id: actorId, v: actor.version },
    );
    await form.getByLabel('Description', { exact: true }).fill('My change, made on a stale version.');
    await form.getByTestId('save-actor').click();
    await form
      .getByTestId('edit-failure')
      .getByText(/Someone else changed this actor/)
      .waitFor({ timeout: 15000 });
    await screenshot(page, 'web-editing-conflict');
    await form.getByTestId('conflict-reload').click();
    await page.getByTestId('edit-failure').waitFor({ state: 'detached', timeout: 15000 });
    expect(await page.getByTestId('edit-actor-form').getByLabel('Description', { exact: true }).inputValue()).toBe(
      'Changed elsewhere.',
    );
    await page.getByTestId('edit-actor-form').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('actor-tab-facts').click();
    await page.getByTestId('actor-facts').getByText('Changed elsewhere.').waitFor({ timeout: 15000 });
  });

  it('reverts the latest change from History, and the facts follow', async () => {
    await page.getByTestId('actor-tab-history').click();
    await page.getByTestId('history-list').waitFor({ timeout: 15000 });
    await page.getByTestId('revert-latest').click();
    await page.getByTestId('confirm-revert').click();
    await page
      .getByTestId('revert-outcome')
      .getByText(/^Reverted the update/)
      .waitFor({ timeout: 15000 });
    const { actor, history } = await api<{
      actor: { description: string | null };
      history: Array<{ action: string; revertOf: string | null }>;
    }>('query($id: ID!) { actor(id: $id) { description } history(entityId: $id, first: 1) { action revertOf } }', {
      id: actorId,
    });
    expect(actor.description).not.toBe('Changed elsewhere.');
    expect(history[0]).toMatchObject({ action: 'REVERT' });
    expect(history[0]!.revertOf).toBeTruthy();
    // The list shows the revert at the top; the facts no longer carry the reverted description.
    await page
      .getByTestId('history-list')
      .locator('li')
      .first()
      .getByText('revert of an earlier change')
      .waitFor({ timeout: 15000 });
    // Each change names its author, not an account id.
    const newest = (await page.getByTestId('history-list').locator('li').first().textContent()) ?? '';
    expect(newest).toContain('by Administrator');
    expect(newest).not.toMatch(/by [0-9a-f]{8}-[0-9a-f]{4}-/);
    await screenshot(page, 'web-editing-reverted');
    await page.getByTestId('actor-tab-facts').click();
    expect(await page.getByTestId('actor-facts').textContent()).not.toContain('Changed elsewhere.');
  });

  it('deletes a relation from its own panel, which then offers to restore it', async () => {
    await page.getByTestId('actor-tab-relations').click();
    const item = page.getByTestId('relation-item').filter({ hasText: PARTNER });
    const relationId = (await item.getAttribute('data-relation-id')) ?? '';
    await item.getByTestId('open-relation').click();
    const panel = page.getByTestId('relation-panel');
    await panel.getByTestId('edit-relation').click();
    await panel.getByTestId('delete-relation').click();
    await panel.getByTestId('confirm-delete-relation').click();
    await panel.getByTestId('relation-deleted').waitFor({ timeout: 15000 });
    expect(await drawn(page, relationId)).toBe(0);
    expect(await panel.getByTestId('edit-relation').count()).toBe(0);
    await screenshot(page, 'web-editing-relation-deleted');
    await panel.getByTestId('restore-relation').click();
    await panel.getByTestId('relation-deleted').waitFor({ state: 'detached', timeout: 15000 });
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { __tiermapCy: { getElementById(id: string): { length: number } } }
        ).__tiermapCy.getElementById(id).length === 1,
      relationId,
    );
    const { relation } = await api<{ relation: { deletedAt: string | null } }>(
      'query($id: ID!) { relation(id: $id) { deletedAt } }',
      { id: relationId },
    );
    expect(relation.deletedAt).toBeNull();
    await panel.getByRole('button', { name: 'Close the relation panel' }).click();
    await page.getByTestId('actor-name').getByText(NAME).waitFor({ timeout: 15000 });
  });

  it('deletes the actor with its relations and restores it from the undo notice', async () => {
    await page.getByTestId('delete-actor').click();
    expect(await page.getByRole('alertdialog').textContent()).toMatch(/Its 1 relation will be deleted too/);
    await page.getByTestId('confirm-delete-actor').click();
    await page.getByTestId('deleted-notice').waitFor({ timeout: 15000 });
    expect(await drawn(page, actorId)).toBe(0);
    expect(await searchIds(NAME)).toEqual([]);
    await screenshot(page, 'web-editing-deleted');
    await page.getByTestId('restore-actor').click();
    await page.getByTestId('actor-name').getByText(NAME).waitFor({ timeout: 15000 });
    expect(await drawn(page, actorId)).toBe(1);
    await page.getByTestId('actor-tab-relations').click();
    await page.getByTestId('relation-item').filter({ hasText: PARTNER }).waitFor({ timeout: 15000 });
  });

  it('deletes the relation and the actor it created, leaving the seed map as it was', async () => {
    const item = page.getByTestId('relation-item').filter({ hasText: PARTNER });
    await item.getByTestId('edit-relation').click();
    await page.getByTestId('delete-relation').click();
    await page.getByTestId('confirm-delete-relation').click();
    await page.getByText('No relations recorded.').waitFor({ timeout: 15000 });
    await page.getByTestId('delete-actor').click();
    expect(await page.getByRole('alertdialog').textContent()).toMatch(/no relations/);
    await page.getByTestId('confirm-delete-actor').click();
    await page.getByTestId('deleted-notice').waitFor({ timeout: 15000 });
    expect(await searchIds(NAME)).toEqual([]);
  });

  it('exports the map as an SVG with one shape per actor drawn', async () => {
    const map = await openMap(browser, '&tiers=LOCAL,REGIONAL');
    const actors = await map.evaluate(
      () =>
        (window as unknown as { __tiermapCy: { nodes(s: string): { length: number } } }).__tiermapCy.nodes(
          '.actor:visible',
        ).length,
    );
    const [download] = await Promise.all([map.waitForEvent('download'), map.getByTestId('export-svg').click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('seed-ecosystem-map.svg');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(actors).toBeGreaterThan(10);
    expect(svg.match(/<g class="node actor"/g)?.length).toBe(actors);
    expect(svg.match(/<line /g)?.length).toBeGreaterThan(0);
    await screenshot(map, 'web-editing-export-svg');
    // Draw the exported file itself, to look at it as a user opening it would.
    await map.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    await screenshot(map, 'web-editing-export-svg-file');
    await map.close();
  });
});
