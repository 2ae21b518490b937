import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi as api } from '../helpers/e2e-api';

interface Drawable {
  id(): string;
  data(key: string): unknown;
  style(name: string): string;
  classes(): string[];
}
interface Cy {
  elements(selector: string): { map<T>(fn: (element: Drawable) => T): T[] };
}

/**
 * What the Gaps lens shows: each actor's colours and classes, the gap edges with their labels, the
 * legend and its note. Two views showing the same answer give the same snapshot.
 */
async function lensSnapshot(page: Page) {
  await page.locator('[data-testid=legend][data-lens=gaps][data-state=ready]').waitFor({ timeout: 60000 });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas-frame"]')?.getAttribute('data-labels') === 'placed',
  );
  return page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
    const look = (element: Drawable) => ({
      id: element.id(),
      fill: element.style('background-color'),
      border: element.style('border-color'),
      classes: element
        .classes()
        .filter((name) => !name.startsWith('label'))
        .sort(),
    });
    return {
      actors: cy
        .elements('node.actor')
        .map(look)
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
      gaps: cy
        .elements('edge.ghost')
        .map((edge) => String(edge.data('label')))
        .sort(),
      legend: document.querySelector('[data-testid=legend]')?.textContent ?? '',
      theme: (document.querySelector('[data-testid=gap-theme]') as HTMLSelectElement | null)?.value ?? '',
    };
  });
}

/** The Gaps lens chosen in the app on its second theme, then the page's link opened afresh. */
async function inAppThenShared(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  await page.getByTestId('lens-gaps').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=gap-theme]:not([disabled])') !== null);
  // Another theme than the default one, so the link must carry it.
  const options = await page
    .getByTestId('gap-theme')
    .locator('option')
    .evaluateAll((all) =>
      all.map((option) => ({ id: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
    );
  const theme = options[1]!;
  await page.getByTestId('gap-theme').selectOption(theme.id);
  const inApp = await lensSnapshot(page);
  const link = page.url();
  expect(link).toContain('lens=gaps');
  // As a colleague opens it: a new context, nothing cached.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const shared = await context.newPage();
  await shared.goto(link);
  await shared.getByTestId('map-count').waitFor({ timeout: 60000 });
  const opened = await lensSnapshot(shared);
  await screenshot(shared, 'shared-gaps-link');
  await context.close();
  await page.close();
  return { inApp, opened, theme };
}

describe('a shared link to a lens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('renders the Gaps lens on a theme exactly as the lens chosen in the app', async () => {
    const revision = async () =>
      (await api<{ analytics: { revision: string } }>('{ analytics(workspace: "seed-ecosystem") { revision } }'))
        .analytics.revision;
    // Other test files edit the seed map meanwhile: both views must be taken at one revision.
    for (let attempt = 1; ; attempt += 1) {
      const before = await revision();
      const { inApp, opened, theme } = await inAppThenShared(browser);
      if ((await revision()) !== before && attempt < 4) continue;
      expect(opened.theme).toBe(theme.id);
      expect(opened.gaps).toEqual(inApp.gaps);
      expect(opened.legend).toEqual(inApp.legend);
      expect(opened.actors).toEqual(inApp.actors);
      // The gaps are named by the theme's label and tier names, never by ids.
      expect(inApp.actors.length).toBeGreaterThan(50);
      expect(inApp.legend).toContain(theme.label);
      if (theme.id !== theme.label) expect(inApp.legend).not.toContain(theme.id);
      for (const gap of opened.gaps) expect(gap).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      break;
    }
  });
});
