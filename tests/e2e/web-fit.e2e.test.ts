import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Cy {
  nodes(selector: string): { length: number; renderedBoundingBox(options: object): Box };
  zoom(): number;
  width(): number;
  height(): number;
}

/** The zoom, and where the actors drawn are on the canvas, after pressing Fit. */
async function afterFit(page: Page) {
  await page.getByTestId('fit').click();
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
    const actors = cy.nodes('node.actor');
    return {
      count: actors.length,
      zoom: cy.zoom(),
      box: actors.renderedBoundingBox({ includeLabels: false }),
      width: cy.width(),
      height: cy.height(),
    };
  });
}

describe('Fit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('frames the actors a filter leaves, not every tier band', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const whole = await afterFit(page);
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&tiers=REGIONAL&sectors=GOVERNMENT`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    const few = await afterFit(page);
    await screenshot(page, 'fit-filtered');
    expect(few.count).toBeGreaterThan(2);
    expect(few.count).toBeLessThan(whole.count / 5);
    // Zoomed in on them, every one of them in view, filling most of the canvas one way or the other.
    expect(few.zoom).toBeGreaterThan(whole.zoom * 1.5);
    expect(few.box.x1).toBeGreaterThanOrEqual(0);
    expect(few.box.y1).toBeGreaterThanOrEqual(0);
    expect(few.box.x2).toBeLessThanOrEqual(few.width);
    expect(few.box.y2).toBeLessThanOrEqual(few.height);
    expect(Math.max((few.box.x2 - few.box.x1) / few.width, (few.box.y2 - few.box.y1) / few.height)).toBeGreaterThan(
      0.5,
    );
    await page.close();
  });
});
