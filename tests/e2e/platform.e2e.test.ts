import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

describe('the web client on the real API and database', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the database status read through the API', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(webUrl());
    const status = page.getByTestId('db-status');
    await status.getByText(/Database connected/).waitFor({ timeout: 30000 });
    expect(await status.textContent()).toMatch(/^Database connected: Neo4j 5\.26\.\d+ \(community\)$/);
    expect(failures).toEqual([]);
    const file = await screenshot(page, 'platform-status');
    expect(statSync(file).size).toBeGreaterThan(5000);
  });

  it('draws the tier bands on a Cytoscape canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(webUrl());
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const labels = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __tiermapCy?: {
            nodes(selector: string): { map(fn: (n: { data(key: string): string }) => string): string[] };
          };
        }
      ).__tiermapCy;
      return cy ? cy.nodes('.band-label').map((node) => node.data('label')) : [];
    });
    expect(labels).toEqual(['Global', 'Supranational', 'National', 'Regional', 'Local']);
  });
});
