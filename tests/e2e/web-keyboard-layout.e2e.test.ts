/**
 * The web client's keyboard use and its layout in a 1024 × 768 window: the tab lists follow the ARIA tabs
 * pattern, every control reached with Tab shows a focus ring that nothing clips, "?" opens the shortcuts
 * help, the favicon is there, and at 1024 × 768 the toolbar, the side panel and the funding tables do not
 * overlap. Screenshots: tests/e2e/artifacts/layout-1024*.png and shortcuts-help.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { LENSES } from '../../web/src/lib/view-state';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return found;
}

async function seedActorId(name: string): Promise<string> {
  const data = await e2eApi<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
    'query { actors(workspace: "seed-ecosystem", first: 500) { edges { node { id name } } } }',
  );
  const actor = data.actors.edges.find((edge) => edge.node.name === name);
  if (!actor) throw new Error(`no seed actor named ${name}`);
  return actor.node.id;
}

/**
 * The focused element's ring: its outline (style, width) and whether an ancestor that clips its overflow,
 * or the window, cuts into the ring's box (the element's box grown by the outline's offset and width).
 */
function focusRing() {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth) || 0;
  const reach = Math.max(0, width + (parseFloat(style.outlineOffset) || 0));
  const rect = element.getBoundingClientRect();
  const ring = {
    left: rect.left - reach,
    top: rect.top - reach,
    right: rect.right + reach,
    bottom: rect.bottom + reach,
  };
  let clippedBy: string | null = null;
  // Along an axis where the ring is larger than the box (a table row wider than its scroller) it cannot
  // show whole: there its edges across that axis must show.
  const axisWithin = (from: number, to: number, clipFrom: number, clipTo: number) =>
    to - from > clipTo - clipFrom ? from < clipTo && to > clipFrom : from >= clipFrom - 0.5 && to <= clipTo + 0.5;
  const within = (clip: { left: number; top: number; right: number; bottom: number }) =>
    axisWithin(ring.left, ring.right, clip.left, clip.right) &&
    axisWithin(ring.top, ring.bottom, clip.top, clip.bottom);
  for (let parent = element.parentElement; parent && !clippedBy; parent = parent.parentElement) {
    const parentStyle = getComputedStyle(parent);
    if (parentStyle.overflowX === 'visible' && parentStyle.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    // The padding box: inside the borders.
    const inner = {
      left: clip.left + parent.clientLeft,
      top: clip.top + parent.clientTop,
      right: clip.left + parent.clientLeft + parent.clientWidth,
      bottom: clip.top + parent.clientTop + parent.clientHeight,
    };
    if (!within(inner))
      clippedBy = `${parent.tagName.toLowerCase()}.${parent.className} (ring ${[ring.left, ring.top, ring.right, ring.bottom].map(Math.round).join(',')} in ${[inner.left, inner.top, inner.right, inner.bottom].map(Math.round).join(',')})`;
  }
  if (!clippedBy && !within({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) clippedBy = 'the window';
  const name =
    element.getAttribute('data-testid') ??
    element.getAttribute('aria-label') ??
    (element.textContent ?? '').trim().slice(0, 30);
  return {
    what: `${element.tagName.toLowerCase()} "${name}"`,
    outline: style.outlineStyle === 'none' ? 0 : width,
    clippedBy,
  };
}

describe('the web client by keyboard and at 1024 × 768', () => {
  let browser: Browser;
  let actorId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    actorId = await seedActorId('University of Athens');
  });
  afterAll(() => browser.close());

  async function openMap(query = '', size = { width: 1024, height: 768 }): Promise<{ page: Page; failed: string[] }> {
    const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => failed.push(error.message));
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem${query}`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    return { page, failed };
  }

  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('moves between lens tabs and actor tabs with the arrow keys, Home and End, one tab in the Tab order', async () => {
    const { page, failed } = await openMap(`&actor=${actorId}`);
    const lensTabs = page.getByRole('tablist', { name: 'Lens' }).getByRole('tab');
    const tabStops = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[role=tablist][aria-label=Lens] [role=tab]'))
          .filter((tab) => tab.getAttribute('tabindex') === '0')
          .map((tab) => tab.getAttribute('data-testid')),
      );
    expect(await tabStops()).toEqual(['lens-ecosystem']);
    await page.getByTestId('lens-ecosystem').focus();

    const press = async (key: string, lens: string) => {
      await page.keyboard.press(key);
      expect(await focusedTestId(page)).toBe(`lens-${lens}`);
      expect(await page.getByTestId(`lens-${lens}`).getAttribute('aria-selected')).toBe('true');
      await page.locator(`[data-testid=legend][data-lens=${lens}]`).waitFor();
      expect(new URL(page.url()).searchParams.get('lens') ?? 'ecosystem').toBe(lens);
      expect(await tabStops()).toEqual([`lens-${lens}`]);
    };
    await press('ArrowRight', LENSES[1]);
    await press('ArrowLeft', LENSES[0]);
    // Wraps at both ends.
    await press('ArrowLeft', LENSES[LENSES.length - 1]);
    await press('ArrowRight', LENSES[0]);
    await press('End', LENSES[LENSES.length - 1]);
    await press('Home', LENSES[0]);
    expect(await lensTabs.count()).toBe(LENSES.length);
    // The arrows did not reach the app's shortcuts nor the map; Tab leaves the tab list.
    expect(await page.getByTestId('actor-name').textContent()).toBe('University of Athens');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');

    // The actor panel's tabs: the arrow selects the next tab and its panel shows it.
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    await page.getByTestId('actor-tab-facts').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTestId(page)).toBe('actor-tab-evidence');
    await page.getByTestId('evidence-list').waitFor();
    await page.keyboard.press('End');
    expect(await focusedTestId(page)).toBe('actor-tab-history');
    await page.getByTestId('history-list').waitFor({ timeout: 30000 });
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(
      await page.getByTestId('actor-tab-history').getAttribute('id'),
    );
    await page.keyboard.press('Home');
    expect(await focusedTestId(page)).toBe('actor-tab-facts');
    await page.getByTestId('actor-facts').waitFor();
    expect(failed).toEqual([]);
  });

  /** Presses Tab up to `stops` times from where focus is, checking each stop's ring; stops when focus leaves the page. */
  async function tabThrough(page: Page, stops: number): Promise<{ seen: string[]; problems: string[] }> {
    const seen: string[] = [];
    const problems: string[] = [];
    for (let stop = 0; stop < stops; stop++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(focusRing);
      if (!ring) break;
      seen.push(ring.what);
      if (ring.outline < 2) problems.push(`${ring.what}: outline ${ring.outline}px`);
      if (ring.clippedBy) problems.push(`${ring.what}: ring clipped by ${ring.clippedBy}`);
    }
    return { seen, problems };
  }

  it('shows an unclipped focus ring on every control reached with Tab', async () => {
    // From the top of a freshly opened page, with the Silos lens chosen (so its tab is the lens bar's tab stop).
    const { page, failed } = await openMap(`&lens=silos&actor=${actorId}`);
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    const map = await tabThrough(page, 90);
    // The header, the lens tab bar, the toolbar, the legend and filters, the actor panel.
    expect(map.seen.length).toBeGreaterThan(20);
    expect(map.seen).toContainEqual(expect.stringContaining('lens-silos'));
    expect(map.seen).toContainEqual(expect.stringContaining('actor-tab-facts'));
    console.log(`focus rings checked on ${map.seen.length} stops of the map page:\n  ${map.seen.join('\n  ')}`);
    expect(map.problems).toEqual([]);

    // The views drawn over the map: their sort headers, row buttons, cells and filters, from the toolbar on.
    for (const [view, ready] of [
      ['funding', 'funding-recipients'],
      ['matrix', 'coverage-grid'],
      ['relations', 'relation-table'],
    ]) {
      await page.getByTestId(`view-${view}`).click();
      await page.getByTestId(ready!).waitFor({ timeout: 60000 });
      await page.getByTestId('toggle-paths').focus();
      const stops = await tabThrough(page, 40);
      expect({ view, stops: stops.seen.length > 5 }).toEqual({ view, stops: true });
      expect({ view, problems: stops.problems }).toEqual({ view, problems: [] });
    }
    expect(failed).toEqual([]);
  });

  it('opens the shortcuts help with "?"; dialogs keep focus in them and give it back on Escape; the favicon is served', async () => {
    const { page, failed } = await openMap(`&actor=${actorId}`);
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    expect(await page.locator('link[rel=icon]').count()).toBeGreaterThan(0);
    const icon = await page.request.get(`${webUrl()}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\//);

    await page.getByTestId('fit').focus();
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcuts-help');
    await help.waitFor();
    expect(await help.getAttribute('role')).toBe('dialog');
    const rows = await help.getByTestId('shortcut').allTextContents();
    expect(rows).toEqual(expect.arrayContaining(['?Show these shortcuts', '/Search actors', '5Funding lens']));
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await screenshot(page, 'shortcuts-help');
    // Escape closes the help, not the actor panel under it, and focus goes back where it was.
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('fit');
    expect(await page.getByTestId('actor-name').textContent()).toBe('University of Athens');

    // The sign-in dialog too: focus starts in its first field, stays in it, and goes back on Escape.
    await page.getByTestId('sign-in').click();
    const dialog = page.getByTestId('sign-in-dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('sign-in');
    expect(await page.getByTestId('actor-name').textContent()).toBe('University of Athens');
    expect(failed).toEqual([]);
  });

  it('keeps the focus where it was when the actor panel opened by a click finishes loading', async () => {
    const { page, failed } = await openMap();
    await page.locator('[data-labels=placed]').waitFor({ timeout: 30000 });
    // A click on a labelled actor of the map: the map takes the focus, and keeps it once the panel is in.
    const spot = await page.evaluate(() => {
      const cy = (window as unknown as { __tiermapCy: import('cytoscape').Core }).__tiermapCy;
      const node = cy.nodes('node.actor.labelled').toArray()[0]!;
      const rect = cy.container()!.getBoundingClientRect();
      const { x, y } = node.renderedPosition();
      return { x: rect.left + x, y: rect.top + y, name: String(node.data('label')) };
    });
    await page.mouse.click(spot.x, spot.y);
    await page.getByTestId('actor-name').getByText(spot.name).waitFor({ timeout: 30000 });
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    // The map (when the click gave it the focus) or, deliberately, the panel's heading: never the body.
    expect(['graph-canvas', 'actor-name']).toContain(await focusedTestId(page));
    // The same from a row of a lens's list: the row keeps the focus.
    await page.getByTestId('lens-brokers').click();
    const row = page.locator('[data-testid=lens-list] button').first();
    await row.waitFor({ timeout: 60000 });
    const rowName = (await row.textContent()) ?? '';
    await row.click();
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    const focused = await page.evaluate(() =>
      document.activeElement === document.body ? 'body' : (document.activeElement?.textContent ?? 'none'),
    );
    expect([rowName, (await page.getByTestId('actor-name').textContent()) ?? '']).toContain(focused);
    expect(failed).toEqual([]);
  });

  it('keeps the map toolbar on one row at 1024 × 768, its short labels naming the whole action', async () => {
    const { page, failed } = await openMap();
    const toolbar = page.getByRole('toolbar', { name: 'Map controls' });
    // Its controls and separators (not the 1-pixel live region that announces copies and exports).
    const tops = await toolbar.locator(':scope > *').evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .filter((rect) => rect.height > 4)
        .map((rect) => Math.round(rect.top)),
    );
    expect(tops.length).toBeGreaterThan(8);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    // "Expand" on screen, "Expand neighbours" to assistive technology (its name contains what is seen).
    const expand = toolbar.getByRole('button', { name: 'Expand neighbours' });
    expect(await expand.innerText()).toBe('Expand');
    expect(await toolbar.getByRole('button', { name: 'Undo expand' }).innerText()).toBe('Undo');
    // Wider windows show the whole label.
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await expand.innerText()).toBe('Expand neighbours');
    expect(failed).toEqual([]);
    await page.close();
  });

  it('lays out the header, toolbar, side panel and funding tables without overlap at 1024 × 768', async () => {
    const { page, failed } = await openMap(`&actor=${actorId}`);
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

    // The header's controls side by side, never on top of each other; "Funding" names one thing there.
    const header = page.locator('.app__header');
    const controls = header.locator(':scope > *, .lens-switcher > *, .view-toggle > *');
    const boxes = await Promise.all((await controls.all()).map(box));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const nested = (a: Box, b: Box) =>
          a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height;
        if (nested(boxes[i]!, boxes[j]!) || nested(boxes[j]!, boxes[i]!)) continue;
        expect({ i, j, overlap: overlap(boxes[i]!, boxes[j]!) }).toEqual({ i, j, overlap: false });
      }
    expect(await header.getByRole('tab', { name: 'Funding', exact: true }).count()).toBe(1);
    expect(await header.getByRole('button', { name: 'Funding', exact: true }).count()).toBe(0);
    expect(await page.getByTestId('view-funding').textContent()).toBe('Funding table');

    // The toolbar stays in the map's column: off the side panel and its title.
    const toolbar = await box(page.getByRole('toolbar', { name: 'Map controls' }));
    const mapArea = await box(page.locator('main.map-area'));
    const panel = await box(page.getByTestId('actor-panel'));
    const title = await box(page.getByTestId('actor-name'));
    expect(overlap(toolbar, panel)).toBe(false);
    expect(overlap(toolbar, title)).toBe(false);
    expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(mapArea.x + mapArea.width);
    await screenshot(page, 'layout-1024');

    // Each view drawn over the map starts below the toolbar.
    const views: [string, string][] = [
      ['table', 'actor-table'],
      ['relations', 'relation-table'],
      ['matrix', 'matrix-view'],
      ['funding', 'funding-view'],
    ];
    for (const [view, testId] of views) {
      await page.getByTestId(`view-${view}`).click();
      const drawn = page.getByTestId(testId);
      await drawn.waitFor({ timeout: 60000 });
      expect({ view, overlap: overlap(toolbar, await box(drawn)) }).toEqual({ view, overlap: false });
      // Fit, zoom and expansion act on the map: not offered over a view that covers it.
      const mapControls = await page.getByTestId('fit').count();
      expect({ view, mapControls }).toEqual({ view, mapControls: 0 });
    }

    // The funding tables: neither on the other, neither wider than its own column.
    await page.getByTestId('funding-recipients').waitFor({ timeout: 60000 });
    // Even with both side columns open, the tables fit the view: it does not scroll sideways.
    const view = page.getByTestId('funding-view');
    expect(await view.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    // The recipients' headings break between words, never inside one ("Govern-ment").
    const brokenWords = await page.getByTestId('funding-recipients').evaluate((section) =>
      Array.from(section.querySelectorAll('thead th')).flatMap((heading) => {
        const broken: string[] = [];
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        return broken;
      }),
    );
    expect(brokenWords).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('actor-panel').waitFor({ state: 'detached' });
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      const funders = page.getByTestId('funding-funders');
      const recipients = page.getByTestId('funding-recipients');
      expect({ size, overlap: overlap(await box(funders), await box(recipients)) }).toEqual({ size, overlap: false });
      for (const section of [funders, recipients]) {
        const fits = await section.evaluate((element) => {
          const table = element.querySelector('table')!;
          return table.getBoundingClientRect().right <= element.getBoundingClientRect().right + 0.5;
        });
        expect({ size, fits }).toEqual({ size, fits: true });
      }
      if (size.width === 1024) await screenshot(page, 'layout-1024-funding');
    }
    expect(failed).toEqual([]);
  });
});
