import type { Browser, Page } from 'playwright-core';
import { readDocumentTitles } from '../../graph-seed/src/document-titles';
import { SEED_DIR } from '../../graph-seed/src/ensure-seed';
import { readGraphFolder } from '../../graph-seed/src/read-graph-files';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

const seed = readGraphFolder(SEED_DIR);
const senegalese = seed.actors.filter((actor) => actor.country === 'SN');

async function openMap(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  return { page, errors };
}

/** Types `text` in the search box and reads the names it lists once the API has answered for it. */
async function searchNames(page: Page, text: string): Promise<string[]> {
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes('graphql') &&
      (response.request().postData() ?? '').includes('SearchActors') &&
      (response.request().postData() ?? '').includes(`"search":${JSON.stringify(text)}`),
  );
  await page.getByTestId('search-input').fill(text);
  await answered;
  const results = page.getByTestId('search-results');
  await results.getByRole('option').first().waitFor({ timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=search-results] .search__hint'));
  return results.getByRole('option').locator('strong').allTextContents();
}

/** The options a facet shows: label and count. */
function facetOptions(page: Page, facet: string): Promise<Array<{ label: string; count: number }>> {
  return page
    .getByTestId(facet)
    .locator('label.facet__option')
    .evaluateAll((labels) =>
      labels.map((label) => ({
        label: label.querySelector('span')?.textContent ?? '',
        count: Number(label.querySelector('.facet__n')?.textContent ?? 'NaN'),
      })),
    );
}

describe('search and the country facet on the seed map (issue 18)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds the same Senegalese actors for "Sénégal" and "senegal", by name and by country', async () => {
    const { page, errors } = await openMap(browser);
    const accented = await searchNames(page, 'Sénégal');
    const plain = await searchNames(page, 'senegal');
    expect(plain).toEqual(accented);
    expect(await searchNames(page, 'SÉNÉGAL')).toEqual(accented);
    expect(senegalese.length).toBeGreaterThan(0);
    // Actors in SN whose names do not say so are found by their country.
    for (const actor of senegalese) expect(accented).toContain(actor.name);
    expect(accented).toContain('Coordination des Associations Senegalaises en Catalogne');
    // Results name the country, not its ISO code. (A name holding the words ranks above a country
    // match: the Catalan association of Senegalese comes first, in Spain.)
    const shown = await page.getByTestId('search-results').getByRole('option').allTextContents();
    expect(shown.some((text) => text.endsWith('· Senegal'))).toBe(true);
    expect(shown.filter((text) => /· [A-Z]{2}$/.test(text))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names countries in the Country facet, finds them by its search box, and counts under the other filters', async () => {
    const { page, errors } = await openMap(browser);
    const facet = page.getByTestId('facet-country');
    await facet.locator('summary').click();
    const all = await facetOptions(page, 'facet-country');
    expect(all.length).toBeGreaterThan(10);
    // Names, not bare ISO codes, sorted by name.
    expect(all.filter((option) => /^[A-Z]{2}$/.test(option.label))).toEqual([]);
    expect(all.map((option) => option.label)).toEqual(
      [...all.map((option) => option.label)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(all).toContainEqual({ label: 'Senegal', count: senegalese.length });

    await page.getByTestId('facet-country-search').fill('sene');
    expect(await facetOptions(page, 'facet-country')).toEqual([{ label: 'Senegal', count: senegalese.length }]);
    await page.getByTestId('facet-country-search').fill('SN');
    expect((await facetOptions(page, 'facet-country')).map((option) => option.label)).toEqual(['Senegal']);
    await page.getByTestId('facet-country-search').fill('sene');

    // Another facet's filter changes the country counts; the country's own selection does not.
    await page.getByTestId('facet-tier').locator('summary').click();
    await page.getByTestId('facet-tier').getByLabel('Local').check();
    const localSenegalese = senegalese.filter((actor) => actor.tier === 'LOCAL').length;
    expect(localSenegalese).toBeLessThan(senegalese.length);
    expect(await facetOptions(page, 'facet-country')).toEqual([{ label: 'Senegal', count: localSenegalese }]);
    await facet.getByLabel('Senegal').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('countries') === 'SN');
    expect(await facetOptions(page, 'facet-country')).toEqual([{ label: 'Senegal', count: localSenegalese }]);
    const tiers = await facetOptions(page, 'facet-tier');
    const regional = senegalese.filter((actor) => actor.tier === 'REGIONAL').length;
    expect(tiers).toContainEqual({ label: 'Regional', count: regional });
    expect(tiers).toContainEqual({ label: 'Local', count: localSenegalese });

    await page.getByTestId('facet-tier').getByLabel('Local').uncheck();
    await searchNames(page, 'Sénégal');
    await screenshot(page, 'web-search-accents');
    expect(errors).toEqual([]);
  });

  it('shows the title of the document a quote comes from, not its hashed file name', async () => {
    const { page, errors } = await openMap(browser);
    const name = 'Centre on Migration, Policy and Society';
    await page.getByTestId('search-input').fill(name);
    await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('actor-name').getByText(name).waitFor({ timeout: 15000 });
    await page.getByTestId('actor-tab-evidence').click();
    await page.getByTestId('evidence-source').first().waitFor();
    const shown = (await page.getByTestId('evidence-source').allTextContents()).map((text) => text.trim());
    const titles = [...readDocumentTitles(SEED_DIR).values()];
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) {
      expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      expect(titles.some((title) => text.startsWith(title))).toBe(true);
    }
    await screenshot(page, 'evidence-titles');
    expect(errors).toEqual([]);
  });
});
