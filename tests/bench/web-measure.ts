/**
 * What the web benchmark measures in the page: the first drawn frame (performance marks the page sets
 * after Cytoscape's first render) and animation frames per second during a real mouse pan and zoom.
 */
import type { Page } from 'playwright-core';

export interface FrameFigures {
  /** Navigation start → first frame with the map (or its first pages) drawn. */
  firstMs: number;
  /** Navigation start → first frame with every page drawn. */
  completeMs: number;
}

export interface PanZoomFigures {
  fps: number;
  ticks: number;
  /** Cytoscape `render` events in the same time. */
  renders: number;
  seconds: number;
  /** What was on the map: every actor, or aggregates. */
  mode: string;
}

const markTime = (page: Page, name: string, timeoutMs: number) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false, name, {
      timeout: timeoutMs,
      polling: 50,
    })
    .then(async (handle) => Number(await handle.jsonValue()));

/** Opens `url` and waits for the `<prefix>:first-map-frame` and `<prefix>:complete-map-frame` marks. */
export async function measureFirstFrame(page: Page, url: string, prefix: string): Promise<FrameFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  const firstMs = await markTime(page, `${prefix}:first-map-frame`, 120_000);
  const completeMs = await markTime(page, `${prefix}:complete-map-frame`, 900_000);
  return { firstMs, completeMs };
}

/**
 * Counts animation frames while playwright's mouse drags in circles from an empty spot of the map (a
 * drag that starts on a node would not pan) and wheels in and out there, for `seconds`.
 */
export async function measurePanZoom(page: Page, cyGlobal: string, seconds: number): Promise<PanZoomFigures> {
  // tsx compiles this file with esbuild's keepNames, whose __name helper the page does not have.
  await page.evaluate('window.__name = window.__name || ((fn) => fn)');
  const setup = await page.evaluate((name) => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type Cy = {
      nodes(selector?: string): { length: number; forEach(fn: (node: { renderedBoundingBox(): Box }) => void): void };
      on(event: string, fn: () => void): void;
      fit(): void;
      container(): HTMLElement;
    };
    const cy = (window as unknown as Record<string, Cy>)[name]!;
    cy.fit();
    const rect = cy.container().getBoundingClientRect();
    const boxes: Box[] = [];
    cy.nodes().forEach((node) => boxes.push(node.renderedBoundingBox()));
    const free = (x: number, y: number) =>
      !boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4);
    let spot = { x: rect.width / 2, y: rect.height / 2 };
    search: for (let j = 3; j < 17; j++)
      for (let i = 3; i < 27; i++) {
        const [x, y] = [(rect.width * i) / 30, (rect.height * j) / 20];
        if (free(x, y)) {
          spot = { x, y };
          break search;
        }
      }
    const state = { ticks: 0, renders: 0, running: true, started: performance.now() };
    (window as unknown as { __bench: typeof state }).__bench = state;
    cy.on('render', () => (state.renders += 1));
    const tick = () => {
      state.ticks += 1;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return {
      x: rect.left + spot.x,
      y: rect.top + spot.y,
      mode: cy.nodes('.aggregate').length > 0 ? 'aggregated' : 'every actor',
    };
  }, cyGlobal);
  const until = Date.now() + seconds * 1000;
  for (let round = 0; Date.now() < until; round++) {
    await page.mouse.move(setup.x, setup.y);
    await page.mouse.down();
    for (let step = 1; step <= 16; step++) {
      const angle = (step / 16) * 2 * Math.PI;
      await page.mouse.move(setup.x + 120 * Math.sin(angle), setup.y + 80 * (1 - Math.cos(angle)));
    }
    await page.mouse.up();
    for (let wheel = 0; wheel < 4; wheel++) await page.mouse.wheel(0, round % 2 ? 120 : -120);
  }
  const figures = await page.evaluate(() => {
    const state = (
      window as unknown as { __bench: { ticks: number; renders: number; running: boolean; started: number } }
    ).__bench;
    state.running = false;
    return { ticks: state.ticks, renders: state.renders, seconds: (performance.now() - state.started) / 1000 };
  });
  return { ...figures, fps: figures.ticks / figures.seconds, mode: setup.mode };
}

/**
 * Waits until the client has stored the map in IndexedDB (its localStorage marker is set), so that the
 * next visit is a second visit rather than another first one.
 */
export async function waitForMapCopy(page: Page, workspace: string): Promise<void> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, `tiermap:map-copy:${workspace}`, {
    timeout: 120_000,
    polling: 100,
  });
}
