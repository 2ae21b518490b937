import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { signInPage } from '../helpers/e2e-session';

/** The actor count shown under the map, "N of M actors". */
async function mapCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId('map-count').textContent()) ?? '';
  const match = /^(\d+) of (\d+) actors$/.exec(text.trim());
  if (!match) throw new Error(`unexpected map count "${text}"`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

/** Cytoscape's own count of the actor nodes drawn. */
function drawnActors(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy?: { nodes(selector: string): { length: number } } }).__tiermapCy;
    return cy ? cy.nodes('.actor').length : -1;
  });
}

/** The seed map, as an anonymous visitor or (signedIn) as the e2e administrator. */
async function openMap(browser: Browser, query = '', signedIn = false): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (signedIn) await signInPage(page, `/?workspace=seed-ecosystem${query}`);
  else await page.goto(`${webUrl()}/?workspace=seed-ecosystem${query}`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  return { page, errors };
}

async function focusBySearch(page: Page, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('actor-name').getByText(name).waitFor({ timeout: 15000 });
}

describe('the web client on the seed map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('draws every seed actor in tier bands, coloured by sector, with a legend', async () => {
    const { page, errors } = await openMap(browser);
    const { shown, total } = await mapCount(page);
    expect(total).toBeGreaterThanOrEqual(275);
    expect(shown).toBe(total);
    expect(await drawnActors(page)).toBe(total);
    expect(await page.getByTestId('legend').textContent()).toContain('Government');
    expect(errors).toEqual([]);
    await screenshot(page, 'web-map-ecosystem');
  });

  it.each(['silos', 'gaps', 'brokers', 'funding'])(
    'switches to the %s lens and explains it in the legend',
    async (lens) => {
      const { page, errors } = await openMap(browser);
      await page.getByTestId(`lens-${lens}`).click();
      await page.locator(`[data-testid=legend][data-lens=${lens}][data-state=ready]`).waitFor({ timeout: 60000 });
      expect(page.url()).toContain(`lens=${lens}`);
      expect((await page.getByTestId('lens-note').textContent())?.length).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      await screenshot(page, `web-lens-${lens}`);
    },
  );

  it('filters by tier, keeps the filter in the URL and restores it on reload', async () => {
    const { page } = await openMap(browser);
    const before = await mapCount(page);
    await page.getByTestId('facet-tier').locator('summary').click();
    await page.getByTestId('facet-tier').getByLabel('Local').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tiers') === 'LOCAL');
    const after = await mapCount(page);
    expect(after.shown).toBeGreaterThan(0);
    expect(after.shown).toBeLessThan(before.shown);
    await page.reload();
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    expect((await mapCount(page)).shown).toBe(after.shown);
    expect(await page.getByTestId('facet-tier').getByLabel('Local').isChecked()).toBe(true);
    await screenshot(page, 'web-filter-local');
  });

  it('finds an actor by search, focuses it and shows its evidence quote with the source document', async () => {
    const { page } = await openMap(browser);
    await focusBySearch(page, 'University of Athens');
    expect(page.url()).toMatch(/actor=[0-9a-f-]{36}/);
    await page.getByTestId('actor-tab-evidence').click();
    const quote = page.getByTestId('evidence-quote').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain('Curing the Limbo');
    await screenshot(page, 'web-actor-evidence');
  });

  it('shows the emphasis of a quoted source as emphasis, not as asterisks', async () => {
    const { page } = await openMap(browser);
    await focusBySearch(page, 'Centre on Migration, Policy and Society');
    await page.getByTestId('actor-tab-evidence').click();
    // The quote that names the organiser (sources are listed in id order, which differs per load).
    const quote = page
      .getByTestId('evidence-quote')
      .filter({ hasText: 'The symposium was organised by the Global Exchange' })
      .first();
    await quote.waitFor();
    expect(await quote.locator('strong').first().textContent()).toBe('Global Exchange on Migration and Diversity');
    expect(await quote.textContent()).not.toContain('**');
  });

  it('expands a neighbourhood and undoes the expansion', async () => {
    const { page } = await openMap(browser, '&tiers=LOCAL');
    const before = await drawnActors(page);
    await focusBySearch(page, 'International Organization for Migration');
    await page.getByTestId('expand').click();
    await page.getByTestId('undo-expand').getByText('(1)').waitFor({ timeout: 30000 });
    const expanded = await drawnActors(page);
    expect(expanded).toBeGreaterThan(before + 1);
    await screenshot(page, 'web-expanded');
    await page.getByTestId('undo-expand').click();
    await page.waitForFunction(
      (count) =>
        (window as unknown as { __tiermapCy: { nodes(s: string): { length: number } } }).__tiermapCy.nodes('.actor')
          .length === count,
      before + 1,
    );
  });

  it('edits an actor, shows field problems next to the field, then changes it back', async () => {
    const { page } = await openMap(browser, '', true);
    await focusBySearch(page, 'University of Athens');
    const facts = async () =>
      ((await page.getByTestId('actor-facts').textContent()) ?? '').replace(/Version \d+.*$/, '');
    const originalFacts = await facts();

    await page.getByTestId('edit-actor').click();
    const form = page.getByTestId('edit-actor-form');
    const originalWebsite = await form.getByLabel('Website').inputValue();
    const originalDescription = await form.getByLabel('Description').inputValue();
    await form.getByLabel('Website').fill('not a url');
    await form.getByTestId('save-actor').click();
    await form.getByTestId('field-problem').waitFor();
    expect(await form.getByTestId('field-problem').textContent()).toMatch(/URL/);
    await screenshot(page, 'web-edit-problem');

    await form.getByLabel('Website').fill('https://www.uoa.gr');
    await form.getByLabel('Description').fill('Edited by the end-to-end test.');
    await form.getByTestId('save-actor').click();
    await page.getByTestId('actor-facts').getByText('Edited by the end-to-end test.').waitFor({ timeout: 15000 });
    await screenshot(page, 'web-edit-saved');

    await page.getByTestId('edit-actor').click();
    await form.getByLabel('Description').fill(originalDescription);
    await form.getByLabel('Website').fill(originalWebsite);
    await form.getByTestId('save-actor').click();
    await page.waitForFunction(() => !document.body.textContent?.includes('Edited by the end-to-end test.'));
    await page.getByTestId('actor-facts').waitFor();
    expect(await facts()).toBe(originalFacts);
  });

  it('exports the map as a PNG image', async () => {
    const { page } = await openMap(browser);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20000);
    expect(download.suggestedFilename()).toBe('seed-ecosystem-map.png');
    await screenshot(page, 'web-export');
  });
});
