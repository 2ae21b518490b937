import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';

/** The parts of Cytoscape's API the page-side probes use. */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface ProbeNode {
  id(): string;
  data(key: string): unknown;
  style(name: string): string;
  hasClass(name: string): boolean;
  visible(): boolean;
  renderedPosition(): { x: number; y: number };
  renderedBoundingBox(options: object): Box;
  neighborhood(selector: string): ProbeCollection;
  emit(event: string): void;
}
interface ProbeCollection {
  length: number;
  toArray(): ProbeNode[];
  filter(test: (node: ProbeNode) => boolean): ProbeCollection;
}
interface CyProbe {
  nodes(selector?: string): ProbeCollection;
  edges(selector?: string): ProbeCollection;
  elements(selector?: string): ProbeCollection;
  getElementById(id: string): ProbeNode;
  zoom(level?: number | object): number;
  pan(): { x: number; y: number };
  width(): number;
  height(): number;
}
declare const window: { __tiermapCy: CyProbe };

const VIEWPORT = { width: 1440, height: 900 };

async function openMap(browser: Browser, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem${query}`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  await labelsPlaced(page);
  return { page, errors };
}

/** Waits until the labeller has placed the names for the current view. */
async function labelsPlaced(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas-frame"]')?.getAttribute('data-labels') === 'placed',
    null,
    { timeout: 20000 },
  );
}

/**
 * Waits until the view has stopped moving (an opened panel brings the selection back into view, and
 * on a busy machine that may start after a first placement) and the names are placed for where it
 * stopped: the same pan and zoom on two reads 400 ms apart, with the names placed after both.
 */
async function viewSettled(page: Page): Promise<void> {
  const view = () =>
    page.evaluate(() => {
      const cy = window.__tiermapCy;
      const { x, y } = cy.pan();
      return `${Math.round(x)},${Math.round(y)},${cy.zoom().toFixed(4)},${cy.width()}`;
    });
  for (let tries = 0; tries < 20; tries += 1) {
    await labelsPlaced(page);
    const first = await view();
    await page.waitForTimeout(400);
    await labelsPlaced(page);
    if ((await view()) === first) return;
  }
  throw new Error('the map view kept moving for 20 tries');
}

/**
 * For actors left unnamed, what the labeller saw around each dot: the names and overlays over it, and
 * the names nearby (so a failing check says why, not only who).
 */
async function unnamedAndWhy(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((unnamed) => {
    const cy = window.__tiermapCy;
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const overlays = Array.from(document.querySelectorAll<HTMLElement>('[data-map-overlay]')).map((overlay) => {
      const r = overlay.getBoundingClientRect();
      return {
        name: overlay.className,
        x1: r.left - canvas.left,
        y1: r.top - canvas.top,
        x2: r.right - canvas.left,
        y2: r.bottom - canvas.top,
      };
    });
    const names = cy
      .nodes('node.labelled')
      .toArray()
      .map((node) => ({
        name: String(node.data('label')),
        box: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
    const round = (value: number) => Math.round(value);
    return unnamed.map((id) => {
      const node = cy.getElementById(id);
      const { x, y } = node.renderedPosition();
      const r = (Number(node.data('size')) / 2) * cy.zoom();
      const within = (box: Box, margin: number) =>
        box.x1 < x + r + margin && x - r - margin < box.x2 && box.y1 < y + r + margin && y - r - margin < box.y2;
      const over = names.filter((name) => within(name.box, 0)).map((name) => name.name);
      const near = names.filter((name) => within(name.box, 60) && !over.includes(name.name)).map((name) => name.name);
      return `${String(node.data('label'))} (dot at ${round(x)},${round(y)}, r ${round(r)}, rank ${String(node.data('labelRank'))}): under names [${over.join('; ')}], under overlays [${overlays
        .filter((overlay) => within(overlay, 0))
        .map((overlay) => overlay.name)
        .join('; ')}], names near [${near.join('; ')}]`;
    });
  }, ids);
}

/**
 * Every name drawn (actors, tier names, edge labels), with Cytoscape's rendered bounding box of the
 * label alone, and the pairs that overlap (two names, or a name and what floats over the canvas).
 */
async function shownLabels(page: Page): Promise<{ names: Map<string, string>; overlaps: string[] }> {
  const found = await page.evaluate(() => {
    const cy = window.__tiermapCy;
    const shown = cy
      .elements()
      .filter((element) => element.visible() && Boolean(element.style('label')))
      .toArray()
      .map((element) => ({
        id: element.id(),
        label: String(element.style('label')),
        box: element.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
          includeUnderlays: false,
        }),
      }))
      .filter(({ box }) => box.x2 > 0 && box.y2 > 0 && box.x1 < cy.width() && box.y1 < cy.height());
    const overlaps: string[] = [];
    // What floats over the canvas (the toolbar, the count) hides no name either.
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    document.querySelectorAll('[data-map-overlay]').forEach((overlay) => {
      const r = overlay.getBoundingClientRect();
      const box = {
        x1: r.left - canvas.left,
        y1: r.top - canvas.top,
        x2: r.right - canvas.left,
        y2: r.bottom - canvas.top,
      };
      for (const name of shown)
        if (r.width > 0 && name.box.x1 < box.x2 && box.x1 < name.box.x2 && name.box.y1 < box.y2 && box.y1 < name.box.y2)
          overlaps.push(`${name.label} / ${overlay.className}`);
    });
    for (let i = 0; i < shown.length; i += 1)
      for (let j = i + 1; j < shown.length; j += 1) {
        const [a, b] = [shown[i]!.box, shown[j]!.box];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlaps.push(`${shown[i]!.label} / ${shown[j]!.label}`);
      }
    return { shown: shown.map(({ id, label }) => [id, label] as const), overlaps };
  });
  return { names: new Map(found.shown), overlaps: found.overlaps };
}

/** The canvas's top-left corner on the page. */
async function canvasOrigin(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('the map canvas has no box');
  return { x: box.x, y: box.y };
}

describe('the names, hover card, view and keyboard of the seed map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('names the 30 largest actors at the default zoom, and no two names overlap', async () => {
    const { page, errors } = await openMap(browser);
    const largest = await page.evaluate(() =>
      window.__tiermapCy
        .nodes('node.actor')
        .toArray()
        .sort((a, b) => Number(b.data('size')) - Number(a.data('size')))
        .slice(0, 30)
        .map((node) => ({
          id: node.id(),
          name: String(node.data('label')),
          short: node.data('short') ? String(node.data('short')) : null,
        })),
    );
    const { names, overlaps } = await shownLabels(page);
    expect(overlaps).toEqual([]);
    // In the Global band a few large actors sit closer than their names are tall: at this zoom a couple
    // of them go unnamed (the hover card and zooming in name them); all the others are.
    const unnamed = largest.filter((actor) => !names.has(actor.id)).map((actor) => actor.name);
    expect(unnamed.length).toBeLessThanOrEqual(4);
    // A name is broken into short lines, or in a crowd given as the actor's short name (an acronym
    // from its aliases) or shortened with an ellipsis.
    for (const actor of largest.filter(({ id }) => names.has(id))) {
      const shown = names.get(actor.id)!;
      if (shown !== actor.short) expect(actor.name.startsWith(shown.replace(/\n/g, ' ').replace(/…$/, ''))).toBe(true);
    }
    expect(names.size).toBeGreaterThan(60);
    await screenshot(page, 'map-labels');
    // Zooming in shows more names among the actors still in view, still without overlap.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await labelsPlaced(page);
    const closer = await shownLabels(page);
    expect(closer.overlaps).toEqual([]);
    const stillInView = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      return cy
        .nodes('node.actor')
        .toArray()
        .filter((node) => {
          const { x, y } = node.renderedPosition();
          return x > 0 && y > 0 && x < cy.width() && y < cy.height();
        })
        .map((node) => node.id());
    });
    const namedAmong = (shown: Map<string, string>) => stillInView.filter((id) => shown.has(id)).length;
    expect(namedAmong(closer.names)).toBeGreaterThan(namedAmong(names) + 10);
    expect(errors).toEqual([]);
  });

  it('names the selection and its neighbours and keeps the selection in view when the panel opens', async () => {
    const { page, errors } = await openMap(browser);
    // The actor furthest right with a handful of ties: the side panel opens over where it is drawn.
    const target = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      const [node] = cy
        .nodes('node.actor')
        .filter((candidate) => {
          const ties = candidate.neighborhood('node.actor').length;
          return ties >= 3 && ties <= 8;
        })
        .toArray()
        .sort((a, b) => b.renderedPosition().x - a.renderedPosition().x);
      node!.emit('tap');
      return { id: node!.id(), name: String(node!.data('label')), x: node!.renderedPosition().x };
    });
    await page.getByTestId('actor-name').getByText(target.name).waitFor({ timeout: 15000 });
    await viewSettled(page);
    const after = await page.evaluate((id) => {
      const cy = window.__tiermapCy;
      const node = cy.getElementById(id);
      return {
        position: node.renderedPosition(),
        width: cy.width(),
        height: cy.height(),
        neighbours: node
          .neighborhood('node.actor')
          .toArray()
          // Those in view: a name is never drawn for a dot outside the canvas.
          .filter((neighbour) => {
            const { x, y } = neighbour.renderedPosition();
            return x > 0 && y > 0 && x < cy.width() && y < cy.height();
          })
          .map((neighbour) => ({ id: neighbour.id(), name: String(neighbour.data('label')) })),
      };
    }, target.id);
    // The panel took the room where the actor was drawn: without being brought back it would be hidden.
    expect(target.x).toBeGreaterThan(after.width);
    expect(after.position.x).toBeGreaterThan(0);
    expect(after.position.x).toBeLessThan(after.width);
    expect(after.position.y).toBeGreaterThan(0);
    expect(after.position.y).toBeLessThan(after.height);
    const { names, overlaps } = await shownLabels(page);
    expect(overlaps).toEqual([]);
    expect(names.has(target.id)).toBe(true);
    const unnamed = after.neighbours.filter((neighbour) => !names.has(neighbour.id)).map((n) => n.id);
    expect(await unnamedAndWhy(page, unnamed)).toEqual([]);
    await screenshot(page, 'map-selection-labels');
    expect(errors).toEqual([]);
  });

  it('shows a card for the actor under the pointer, and for a suggested link with its reasons', async () => {
    const { page, errors } = await openMap(browser);
    const origin = await canvasOrigin(page);
    const actor = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      const ngo = cy
        .nodes('node.actor')
        .toArray()
        .filter((node) => node.hasClass('labelled'))
        .sort((a, b) => Number(b.data('size')) - Number(a.data('size')))[0]!;
      return { id: ngo.id(), name: String(ngo.data('label')), at: ngo.renderedPosition() };
    });
    await page.mouse.move(origin.x + actor.at.x, origin.y + actor.at.y);
    const card = page.getByTestId('map-hover-card');
    await card.waitFor({ timeout: 5000 });
    expect(await card.getByTestId('hover-title').textContent()).toBe(actor.name);
    expect(await card.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Tier', 'Sector', 'Relations']));
    // Kinds read as words: an acronym stays in capitals.
    expect(await card.getByTestId('hover-subtitle').textContent()).not.toMatch(/^(Ngo|Un agency|Eu body)$/);
    await screenshot(page, 'hover-card');
    await page.mouse.move(origin.x + 5, origin.y + 300);
    await card.waitFor({ state: 'detached', timeout: 5000 });
    // An actor without a name on the map gets one while pointed at.
    const unnamed = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      const actors = cy.nodes('node.actor').toArray();
      // The most isolated unnamed actor in view, so that the pointer meets it and nothing else.
      const room = (candidate: ProbeNode) => {
        const { x, y } = candidate.renderedPosition();
        return Math.min(
          ...actors
            .filter((other) => other.id() !== candidate.id())
            .map((other) => Math.hypot(other.renderedPosition().x - x, other.renderedPosition().y - y)),
        );
      };
      const node = actors
        .filter((candidate) => {
          const { x, y } = candidate.renderedPosition();
          return !candidate.hasClass('labelled') && x > 50 && y > 120 && x < cy.width() - 50 && y < cy.height() - 50;
        })
        .sort((a, b) => room(b) - room(a))[0]!;
      return { id: node.id(), name: String(node.data('label')), at: node.renderedPosition() };
    });
    await page.mouse.move(origin.x + unnamed.at.x, origin.y + unnamed.at.y);
    await card.waitFor({ timeout: 5000 });
    expect(await card.getByTestId('hover-title').textContent()).toBe(unnamed.name);
    await labelsPlaced(page);
    expect((await shownLabels(page)).names.has(unnamed.id)).toBe(true);
    await page.mouse.move(origin.x + 5, origin.y + 300);

    // The Gaps lens: a suggested link's card gives its reasons.
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&lens=gaps`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    await page.waitForFunction(() => window.__tiermapCy.edges('edge.suggestion').length > 0, null, { timeout: 60000 });
    await labelsPlaced(page);
    // Points along each suggested link, away from its ends: another edge may cross it at any one of them.
    const points = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      return cy
        .edges('edge.suggestion')
        .toArray()
        .slice(0, 5)
        .flatMap((edge) => {
          const ends = edge as unknown as { source(): ProbeNode; target(): ProbeNode };
          const [a, b] = [ends.source().renderedPosition(), ends.target().renderedPosition()];
          return [0.5, 0.35, 0.65, 0.25, 0.75].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
        });
    });
    const gapsOrigin = await canvasOrigin(page);
    let subtitle: string | null = null;
    for (const point of points) {
      await page.mouse.move(gapsOrigin.x + point.x, gapsOrigin.y + point.y);
      await card.waitFor({ timeout: 5000 }).catch(() => undefined);
      subtitle = (await card.count()) ? await card.getByTestId('hover-subtitle').textContent() : null;
      if (subtitle === 'Suggested link') break;
    }
    expect(subtitle).toBe('Suggested link');
    const reasons = await card.getByTestId('hover-reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => reason.length > 10)).toBe(true);
    await screenshot(page, 'hover-card-suggestion');
    expect(errors).toEqual([]);
  });

  it('names funders and recipients on the Funding lens', async () => {
    const { page, errors } = await openMap(browser, '&lens=funding');
    await page.waitForFunction(() => window.__tiermapCy.nodes('node.actor.ringed').length > 0, null, {
      timeout: 60000,
    });
    await labelsPlaced(page);
    const funded = await page.evaluate(() =>
      window.__tiermapCy
        .nodes('node.actor')
        .toArray()
        .filter((node) => node.data('colour') !== '#c4c8cf')
        .map((node) => node.id()),
    );
    const { names, overlaps } = await shownLabels(page);
    expect(overlaps).toEqual([]);
    const named = funded.filter((id) => names.has(id));
    expect(named.length).toBeGreaterThan(Math.min(20, funded.length * 0.5));
    await screenshot(page, 'map-funding-labels');
    expect(errors).toEqual([]);
  });

  it('zooms toward the selection with + and takes about eight wheel notches from 0.5× to 1.6×', async () => {
    const { page, errors } = await openMap(browser);
    const origin = await canvasOrigin(page);
    await page.evaluate(() => window.__tiermapCy.zoom(0.5));
    await page.mouse.move(origin.x + 400, origin.y + 400);
    let notches = 0;
    while ((await page.evaluate(() => window.__tiermapCy.zoom())) < 1.6 && notches < 40) {
      await page.mouse.wheel(0, -100);
      notches += 1;
    }
    expect(notches).toBeGreaterThanOrEqual(6);
    expect(notches).toBeLessThanOrEqual(10);

    await page.getByTestId('fit').click();
    const selected = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      const node = cy.nodes('node.actor').toArray()[5]!;
      node.emit('tap');
      return { id: node.id(), name: String(node.data('label')) };
    });
    await page.getByTestId('actor-name').getByText(selected.name).waitFor({ timeout: 15000 });
    await viewSettled(page);
    const before = await page.evaluate(
      (id) => ({ at: window.__tiermapCy.getElementById(id).renderedPosition(), zoom: window.__tiermapCy.zoom() }),
      selected.id,
    );
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const after = await page.evaluate(
      (id) => ({ at: window.__tiermapCy.getElementById(id).renderedPosition(), zoom: window.__tiermapCy.zoom() }),
      selected.id,
    );
    expect(after.zoom).toBeCloseTo(before.zoom * 1.4, 5);
    expect(Math.abs(after.at.x - before.at.x)).toBeLessThan(1);
    expect(Math.abs(after.at.y - before.at.y)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });

  it('moves between the selection and its neighbours with the arrow keys and opens one with Enter', async () => {
    const { page, errors } = await openMap(browser);
    const selected = await page.evaluate(() => {
      const cy = window.__tiermapCy;
      const node = cy
        .nodes('node.actor')
        .filter((candidate) => candidate.neighborhood('node.actor').length >= 4)
        .toArray()[0]!;
      node.emit('tap');
      return {
        id: node.id(),
        name: String(node.data('label')),
        neighbours: node
          .neighborhood('node.actor')
          .toArray()
          .map((neighbour) => neighbour.id()),
      };
    });
    await page.getByTestId('actor-name').getByText(selected.name).waitFor({ timeout: 15000 });
    const frame = page.getByTestId('graph-canvas-frame');
    const canvas = page.getByTestId('graph-canvas');
    await canvas.focus();
    await page.keyboard.press('Home');
    expect(await frame.getAttribute('data-keyboard-actor')).toBe(selected.id);
    let reached: string | null = null;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press('Home');
      await page.keyboard.press(key);
      const now = await frame.getAttribute('data-keyboard-actor');
      if (now && now !== selected.id) {
        reached = now;
        break;
      }
    }
    expect(reached).not.toBeNull();
    expect(selected.neighbours).toContain(reached);
    // The focus shows: a ring on the map, a halo on the actor, its name and its card.
    const focusStyle = await page.evaluate((id) => {
      const cy = window.__tiermapCy;
      const node = cy.getElementById(id!);
      const surface = document.querySelector('[data-testid="graph-canvas"]')!;
      return {
        halo: node.hasClass('kbd-focus') && Number(node.style('underlay-opacity')) > 0,
        outline: getComputedStyle(surface).outlineStyle,
      };
    }, reached);
    expect(focusStyle.halo).toBe(true);
    expect(focusStyle.outline).toBe('solid');
    await page.getByTestId('map-hover-card').waitFor({ timeout: 5000 });
    await labelsPlaced(page);
    const { names } = await shownLabels(page);
    expect(names.has(reached!)).toBe(true);
    await screenshot(page, 'map-keyboard-focus');
    const reachedName = await page.evaluate(
      (id) => String(window.__tiermapCy.getElementById(id!).data('label')),
      reached,
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-name').getByText(reachedName).waitFor({ timeout: 15000 });
    expect(new URL(page.url()).searchParams.get('actor')).toBe(reached);
    expect(errors).toEqual([]);
  });
});
