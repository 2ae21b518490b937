import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

interface CyProbe {
  nodes(selector: string): { length: number; map<T>(fn: (node: { data(key: string): string }) => T): T[] };
  edges(selector: string): { length: number; map<T>(fn: (edge: { id(): string }) => T): T[] };
  getElementById(id: string): { emit(event: string): void };
}

async function openApp(browser: Browser, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem${query}`);
  try {
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  } catch (error) {
    const text = (await page.textContent('body'))?.slice(-600);
    throw new Error(`the map did not load (${errors.join('; ') || 'no page error'}): ${text}`, { cause: error });
  }
  return { page, errors };
}

async function focusBySearch(page: Page, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('actor-name').getByText(name).waitFor({ timeout: 15000 });
}

/** Picks an actor in one of the path finder's two search boxes (`testId` is the box's test-id prefix). */
async function pickEnd(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(`${testId}-input`).fill(name);
  await page
    .getByTestId(`${testId}-results`)
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .waitFor();
  await page.getByTestId(`${testId}-input`).press('Enter');
}

describe('the web client panels on the seed map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("shows a focused actor's metrics and suggested partners with their reasons", async () => {
    const { page, errors } = await openApp(browser);
    // An event is an occasion, not a broker: it has no metrics on the organisation ties.
    await focusBySearch(page, 'Autumn Academy');
    await page.getByTestId('actor-tab-metrics').click();
    await page.getByTestId('no-metrics').waitFor({ timeout: 60000 });
    await focusBySearch(page, 'Joint Migration and Development Initiative');
    await page.getByTestId('actor-tab-metrics').click();
    const metrics = page.getByTestId('actor-metrics');
    await metrics.waitFor({ timeout: 60000 });
    // The JMDI programme is the seed map's first broker on the ties where it acts: many partners, a real bridge.
    expect(Number(await page.getByTestId('metric-partners-degree').textContent())).toBeGreaterThan(10);
    expect(await page.getByTestId('metric-betweenness').textContent()).toMatch(/^0\.\d{3} \(rank \d+ of \d+\)$/);
    expect(await page.getByTestId('metric-community').textContent()).toMatch(/^#\d+ of \d+ · \d+ actors/);
    expect(await page.getByTestId('brokerage-roles').textContent()).toMatch(/Gatekeeper/);
    expect(await metrics.locator('abbr[title]').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'web-panels-metrics');

    await page.getByTestId('actor-tab-partners').click();
    const partner = page.getByTestId('partner').first();
    await partner.waitFor({ timeout: 60000 });
    const reasons = await partner.getByTestId('partner-reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => reason.length > 10 && reason.endsWith('.'))).toBe(true);
    // Countries by name, never by ISO code ("in Greece", not "in GR").
    expect(reasons.join(' ')).not.toMatch(/\b(in|across|and) [A-Z]{2}\b/);
    await screenshot(page, 'web-panels-partners');
    // The actors a reason rests on are buttons that focus them.
    const via = partner.locator('.partner__via button').first();
    if ((await via.count()) > 0) {
      const name = (await via.textContent()) ?? '';
      await via.click();
      await page.getByTestId('actor-name').getByText(name, { exact: true }).waitFor({ timeout: 15000 });
    } else {
      const name = (await partner.locator('.partner__name').textContent()) ?? '';
      await partner.locator('.partner__name').click();
      await page.getByTestId('actor-name').getByText(name, { exact: true }).waitFor({ timeout: 15000 });
    }
    expect(errors).toEqual([]);
  });

  it("opens a relation from the actor's relation list with its ends, evidence and history", async () => {
    const { page, errors } = await openApp(browser);
    await focusBySearch(page, 'University of Athens');
    await page.getByTestId('actor-tab-relations').click();
    await page.getByTestId('open-relation').first().click();
    const panel = page.getByTestId('relation-panel');
    await panel.getByTestId('relation-facts').waitFor({ timeout: 15000 });
    expect(page.url()).toMatch(/relation=[0-9a-f-]{36}/);
    expect(await page.getByTestId('relation-type').textContent()).toBe('Partners with');
    const ends = await panel.getByTestId('relation-end').allTextContents();
    expect(ends.join(' ')).toContain('City of Athens');
    expect(ends.join(' ')).toContain('University of Athens');
    expect(await panel.getByTestId('relation-facts').textContent()).toMatch(/Confidence\d+%/);
    await panel.getByTestId('evidence-quote').first().waitFor();
    await panel.getByTestId('history-list').waitFor({ timeout: 15000 });
    await screenshot(page, 'web-panels-relation');
    // An end focuses that actor and closes the relation.
    await panel.getByTestId('relation-end').filter({ hasText: 'City of Athens' }).click();
    await page.getByTestId('actor-name').getByText('City of Athens').waitFor({ timeout: 15000 });
    expect(page.url()).not.toContain('relation=');
    // A tap on an edge of the map opens its relation too.
    const edgeId = await page.evaluate(() => {
      const cy = (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy;
      const id = cy.edges('[type]').map((edge) => edge.id())[0]!;
      cy.getElementById(id).emit('tap');
      return id;
    });
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('relation') === id, edgeId);
    await page.getByTestId('relation-facts').waitFor({ timeout: 15000 });
    expect(errors).toEqual([]);
  });

  it('finds paths between two seed actors, writes them as chains and draws the chosen one on the map', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId('toggle-paths').click();
    await page.getByTestId('path-finder').waitFor();
    await pickEnd(page, 'path-from', 'United Nations Development Programme');
    await page.getByTestId('path-from').waitFor();
    await pickEnd(page, 'path-to', 'Swiss Agency for Development and Cooperation');
    await page.getByTestId('path-to').waitFor();
    await page.getByTestId('path-k').fill('2');
    await page.getByTestId('find-paths').click();
    const chain = page.getByTestId('path-chain').first();
    await chain.waitFor({ timeout: 60000 });
    expect(await page.getByTestId('path').count()).toBeLessThanOrEqual(2);
    // The seed: UNDP leads the JMDI programme, which the Swiss SDC funds; paths run on organisation ties
    // (the programme's acting ties), every relation of a step drawn.
    expect((await chain.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'United Nations Development Programme —coordinates→ Joint Migration and Development Initiative ←funds— Swiss Agency for Development and Cooperation',
    );
    await page.waitForFunction(
      () => (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy.nodes('.on-path').length === 3,
    );
    const onPath = await page.evaluate(() => {
      const cy = (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy;
      return { edges: cy.edges('.path-edge').length, names: cy.nodes('.on-path').map((n) => n.data('label')) };
    });
    expect(onPath.edges).toBe(2);
    expect(onPath.names.join('|')).toContain('Joint Migration and Development Initiative');
    const url = new URLSearchParams(new URL(page.url()).search);
    expect(url.get('paths')).toBe('1');
    expect(url.get('pathFrom')).toMatch(/[0-9a-f-]{36}/);
    await screenshot(page, 'web-panels-path');
    // An actor of the chain focuses it.
    await chain.getByRole('button', { name: 'Joint Migration and Development Initiative' }).click();
    await page
      .getByTestId('actor-name')
      .getByText('Joint Migration and Development Initiative')
      .waitFor({ timeout: 15000 });
    // Bad input is reported next to the field.
    await page.getByTestId('path-min-confidence').fill('3');
    expect(await page.getByTestId('field-problem').textContent()).toMatch(/0 to 1/);
    expect(errors).toEqual([]);
  });

  it('lists the relations of a tier × tier cell and shows the theme × tier coverage grid', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId('view-matrix').click();
    const cell = page.getByTestId('matrix-cell-GLOBAL-NATIONAL');
    await cell.waitFor({ timeout: 60000 });
    const count = Number(await cell.textContent());
    expect(count).toBeGreaterThan(0);
    await cell.click();
    const list = page.getByTestId('cell-relations');
    await list.waitFor();
    expect(await list.getByTestId('cell-relation').count()).toBe(count);
    expect(await list.locator('h3').textContent()).toBe(`Global → National: ${count} relations`);
    await screenshot(page, 'web-panels-matrix-cell');
    await list.getByTestId('cell-relation').first().getByRole('button').click();
    await page.getByTestId('relation-facts').waitFor({ timeout: 15000 });

    const grid = page.getByTestId('coverage-grid');
    const rows = await grid.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    expect(await grid.getByTestId('coverage-cell').count()).toBe(rows * 5);
    const filled = grid
      .getByTestId('coverage-cell')
      .filter({ hasText: /actors?/ })
      .first();
    expect(await filled.getAttribute('title')).toMatch(/ties upward, \d+ downward; \d+ grants received/);
    await grid.scrollIntoViewIfNeeded();
    await screenshot(page, 'web-panels-coverage');
    expect(errors).toEqual([]);
  });

  it('shows funders with portfolios and recipients with their dependence, sortable', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId('view-funding').click();
    await page.getByTestId('funding-view').waitFor({ timeout: 60000 });
    expect(page.url()).toContain('view=funding');
    const funders = page.getByTestId('funder-row');
    expect(await funders.count()).toBeGreaterThan(5);
    const recipients = page.getByTestId('recipient-row');
    expect(await recipients.count()).toBeGreaterThan(3);
    // Sorted by top-funder share, highest first: the dependent ones lead.
    expect(await recipients.first().getAttribute('data-dependent')).toBe('true');
    await page.getByTestId('funding-recipients').getByTestId('sort-name').click();
    const names = await page
      .getByTestId('funding-recipients')
      .locator('tbody tr td:first-child button')
      .allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await funders.first().getByTestId('toggle-portfolio').click();
    const portfolio = page.getByTestId('portfolio');
    await portfolio.waitFor();
    expect(await portfolio.locator('li').count()).toBeGreaterThan(0);
    expect(await portfolio.textContent()).toMatch(/% of what it receives/);
    await screenshot(page, 'web-panels-funding');
    expect(errors).toEqual([]);
  });

  it('sorts and filters the relations table and renders only the rows in view', async () => {
    const { page, errors } = await openApp(browser, '&view=relations');
    const table = page.getByTestId('relation-table');
    await table.waitFor({ timeout: 60000 });
    const total = Number(await table.getAttribute('data-total'));
    expect(total).toBeGreaterThanOrEqual(267);
    const rendered = await page.getByTestId('relation-row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(total / 3);
    // Scrolling to the end renders the last rows and drops the first.
    const firstBefore = await page.getByTestId('relation-row').first().textContent();
    await table.locator('.table-view__scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid=relation-row]')?.textContent !== first,
      firstBefore,
    );
    expect(await page.getByTestId('relation-row').count()).toBeLessThan(total / 3);
    await table.locator('.table-view__scroll').evaluate((box) => box.scrollTo(0, 0));

    await table.getByTestId('sort-confidence').click();
    const confidences = await page.getByTestId('relation-row').locator('td:nth-child(8)').allTextContents();
    const values = confidences.map((text) => Number(text.replace('%', '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await screenshot(page, 'web-panels-relations-table');

    await table.getByTestId('relation-type-filter').selectOption('FUNDS');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=relation-count]')?.textContent?.startsWith('12 '),
    );
    const types = await page.getByTestId('relation-row').locator('td:nth-child(3)').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Funds']));
    await table.getByTestId('relation-filter').fill('Autumn Academy');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=relation-table]')?.getAttribute('data-total')) < 12,
    );
    const filtered = await page.getByTestId('relation-row').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((row) => row.includes('Autumn Academy'))).toBe(true);
    await screenshot(page, 'web-panels-relations-filtered');
    await page.getByTestId('relation-row').first().click();
    await page.getByTestId('relation-panel').getByTestId('relation-facts').waitFor({ timeout: 15000 });
    expect(await page.getByTestId('relation-type').textContent()).toBe('Funds');
    expect(errors).toEqual([]);
  });
});
