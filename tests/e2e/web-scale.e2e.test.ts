import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

interface CyNode {
  id(): string;
  data(key: string): unknown;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
  hasClass(name: string): boolean;
}
interface Cy {
  nodes(selector: string): { length: number; map<T>(fn: (node: CyNode) => T): T[] };
  edges(selector: string): { length: number; map<T>(fn: (edge: { data(key: string): unknown }) => T): T[] };
  getElementById(id: string): CyNode & { empty(): boolean };
  container(): HTMLElement;
}

/** What Cytoscape draws: aggregates with their member counts, and the actors drawn one by one. */
function drawn(page: Page): Promise<{ aggregates: Record<string, number>; actors: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
    return {
      aggregates: Object.fromEntries(cy.nodes('.aggregate').map((node) => [node.id(), Number(node.data('members'))])),
      actors: cy.nodes('.actor').map((node) => node.id()),
    };
  });
}

async function openAggregated(browser: Browser, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem&aggregateAbove=50${query}`);
  await page.locator('[data-testid=map-count][data-aggregated=true]').waitFor({ timeout: 60000 });
  return { page, errors };
}

describe('the web client on a big map (aggregation forced with aggregateAbove=50 on the seed map)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('draws tier × sector aggregates whose members add up to every actor, and says so', async () => {
    const { page, errors } = await openAggregated(browser);
    const text = (await page.getByTestId('map-count').textContent()) ?? '';
    const total = Number(/of (\d+) actors/.exec(text)?.[1]);
    expect(total).toBeGreaterThanOrEqual(275);
    const { aggregates, actors } = await drawn(page);
    expect(actors).toEqual([]);
    expect(Object.keys(aggregates).length).toBeGreaterThan(5);
    expect(Object.values(aggregates).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(Object.keys(aggregates)).toContain('group-LOCAL-CIVIL_SOCIETY');
    const summed = await page.evaluate(
      () => (window as unknown as { __tiermapCy: Cy }).__tiermapCy.edges('.summed').length,
    );
    expect(summed).toBeGreaterThan(0);
    const notice = page.getByTestId('aggregation-notice');
    expect(await notice.textContent()).toContain('Aggregated map');
    expect(await notice.textContent()).toContain('Click a group');
    expect(errors).toEqual([]);
    await screenshot(page, 'web-scale-aggregated');
  });

  it('draws the aggregates in their final places from the first frame (bands first, then the worker layout)', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Where each aggregate sits in the first frame drawn, taken when the page marks that frame.
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      const scope = window as unknown as { __firstFrame?: Record<string, { x: number; y: number }> };
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'tiermap:first-map-frame') {
          const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
          scope.__firstFrame = Object.fromEntries(cy.nodes('.aggregate').map((node) => [node.id(), node.position()]));
        }
        return mark(name, options);
      };
    });
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&aggregateAbove=50`);
    await page.locator('[data-testid=map-count][data-aggregated=true]').waitFor({ timeout: 60000 });
    await page.waitForFunction(() => performance.getEntriesByName('tiermap:complete-map-frame').length > 0);
    const { first, final } = await page.evaluate(() => {
      const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
      return {
        first: (window as unknown as { __firstFrame: Record<string, { x: number; y: number }> }).__firstFrame,
        final: Object.fromEntries(cy.nodes('.aggregate').map((node) => [node.id(), node.position()])),
      };
    });
    expect(Object.keys(final).length).toBeGreaterThan(5);
    expect(first).toEqual(final);
    await page.close();
  });

  it('opens an aggregate by clicking it on the map, and another from the keyboard', async () => {
    const { page } = await openAggregated(browser);
    const before = await drawn(page);
    const group = 'group-LOCAL-CIVIL_SOCIETY';
    const spot = await page.evaluate((id) => {
      const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
      const box = cy.container().getBoundingClientRect();
      const position = cy.getElementById(id).renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    }, group);
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(
      (id) => (window as unknown as { __tiermapCy: Cy }).__tiermapCy.getElementById(id).empty(),
      group,
    );
    const opened = await drawn(page);
    expect(opened.actors).toHaveLength(before.aggregates[group]!);
    await screenshot(page, 'web-scale-group-opened');

    // The keyboard path: the notice lists every group as a button.
    await page.getByTestId('aggregation-notice').locator('summary').click();
    const button = page.getByTestId('group-NATIONAL-GOVERNMENT');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { __tiermapCy: Cy }).__tiermapCy.getElementById('group-NATIONAL-GOVERNMENT').empty(),
    );
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const both = await drawn(page);
    expect(both.actors).toHaveLength(before.aggregates[group]! + before.aggregates['group-NATIONAL-GOVERNMENT']!);
    await page.getByTestId('close-groups').click();
    await page.waitForFunction(
      () => (window as unknown as { __tiermapCy: Cy }).__tiermapCy.nodes('.actor').length === 0,
    );
  });

  it('focuses an actor found by search inside an aggregate, with its neighbours, the rest staying aggregated', async () => {
    const { page } = await openAggregated(browser);
    await page.getByTestId('search-input').fill('University of Athens');
    await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('actor-name').getByText('University of Athens').waitFor({ timeout: 15000 });
    const actorId = new URL(page.url()).searchParams.get('actor')!;
    await page.waitForFunction(
      (id) => !(window as unknown as { __tiermapCy: Cy }).__tiermapCy.getElementById(id).empty(),
      actorId,
    );
    const focused = await page.evaluate((id) => {
      const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
      return {
        focus: cy.getElementById(id).hasClass('focus'),
        neighbours: cy.edges('.focus-edge').length,
      };
    }, actorId);
    expect(focused.focus).toBe(true);
    expect(focused.neighbours).toBeGreaterThan(0);
    const { aggregates, actors } = await drawn(page);
    expect(actors).toContain(actorId);
    expect(actors.length).toBe(focused.neighbours + 1);
    expect(Object.keys(aggregates).length).toBeGreaterThan(5);
    await screenshot(page, 'web-scale-search-focus');
  });

  it('draws each gap of the Gaps lens as its own ghost edge between the two bands', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&lens=gaps`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    // The workspace's themes load after the map's first frame.
    await page.waitForFunction(() => document.querySelector('[data-testid=gap-theme]:not([disabled])') !== null);
    const themes = await page
      .getByTestId('gap-theme')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    let gaps = 0;
    for (const theme of themes) {
      await page.getByTestId('gap-theme').selectOption(theme);
      await page.locator('[data-testid=legend][data-lens=gaps][data-state=ready]').waitFor({ timeout: 60000 });
      const note = (await page.getByTestId('lens-note').textContent()) ?? '';
      gaps = Number(/^(\d+) vertical gaps?/.exec(note)?.[1] ?? 0);
      if (gaps >= 2) break;
    }
    expect(gaps).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(
      (count) => (window as unknown as { __tiermapCy: Cy }).__tiermapCy.edges('.ghost').length === count,
      gaps,
    );
    const ghosts = await page.evaluate(() => {
      const cy = (window as unknown as { __tiermapCy: Cy }).__tiermapCy;
      return cy.edges('.ghost').map((edge) => {
        const upper = cy.getElementById(String(edge.data('source'))).position();
        const lower = cy.getElementById(String(edge.data('target'))).position();
        return { label: String(edge.data('label')), upper, lower };
      });
    });
    expect(new Set(ghosts.map((ghost) => ghost.upper.x)).size).toBe(gaps);
    expect(new Set(ghosts.map((ghost) => ghost.label)).size).toBe(gaps);
    for (const ghost of ghosts) {
      expect(ghost.label).toMatch(/^gap: .+ ↔ .+$/);
      expect(ghost.upper.x).toBe(ghost.lower.x);
      expect(ghost.upper.y).toBeLessThan(ghost.lower.y);
    }
    await screenshot(page, 'web-scale-gaps-distinct');
  });
});
