/**
 * `npm run bench:web`: the web client on generated maps of 1,000, 5,000 and 20,000 actors (about four
 * relations each, seed 42) in headless Chromium, next to plain Cytoscape.js with default settings on the
 * same graphs. Measures the time from navigation start to the first frame with the map drawn, and the
 * frames per second while a real mouse drags and wheels over the map for a few seconds. Writes the
 * figures into BENCHMARKS.md between the bench:web markers. The browser is tests/helpers/browser.ts's:
 * Debian's Chromium, else the one inside @sparticuz/chromium (TIERMAP_BROWSER=bundled forces it); the
 * report names the one used.
 *
 * Neo4j: NEO4J_URI, or a local one started for the run in a temporary folder. Workspaces already
 * loaded (same slug and counts) are reused. Options: BENCH_WEB_SIZES (default 1000,5000,20000),
 * BENCH_WEB_SECONDS (pan/zoom seconds, default 5), BENCH_WEB_RUNS (first and second visits per size, default 3),
 * BENCH_WEB_SKIP_BUILD=1 to use the existing builds.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { ROOT, startApi, startWeb, type Service } from '../../scripts/processes';
import { browserChoice, launchBrowser } from '../helpers/browser';
import { freePort } from '../helpers/free-port';
import { ensureGeneratedWorkspace } from './generated-workspace';
import { benchNeo4j } from './bench-neo4j';
import { sectionMarkers, writeSection } from './benchmarks-file';
import { plainCytoscapeServer, type PlainCytoscapeServer } from './plain-cytoscape-page';
import { calibrate } from './calibrate';
import { BENCH_SECRET } from './bench-auth';
import {
  measureFirstFrame,
  measurePanZoom,
  waitForMapCopy,
  type FrameFigures,
  type PanZoomFigures,
} from './web-measure';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';

const SEED = 42;
const log = (line: string) => console.log(`[bench:web] ${line}`);
const { begin: BEGIN, end: END } = sectionMarkers('web');

/** First-frame and frame-rate targets per map size (issue 7). */
const TARGETS: Record<number, { firstFrameMs: number; fps: number }> = {
  5000: { firstFrameMs: 2000, fps: 20 },
  20000: { firstFrameMs: 4000, fps: 10 },
};

interface SizeResult {
  actors: number;
  relations: number;
  loadedNow: boolean;
  /** One per run, each in a fresh browser context (nothing in IndexedDB or the HTTP cache). */
  tiermapCold: FrameFigures[];
  /** The same page opened again after each first visit. */
  tiermapWarm: FrameFigures[];
  tiermapPan: PanZoomFigures;
  plainFirst: FrameFigures;
  plainPan: PanZoomFigures;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function build(): void {
  for (const workspace of ['api', 'web']) {
    log(`building ${workspace}…`);
    const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

async function benchSize(
  browser: Browser,
  urls: { web: string; plain: PlainCytoscapeServer },
  neo4jUri: string,
  actors: number,
  options: { seconds: number; runs: number },
): Promise<SizeResult> {
  const workspace = await ensureGeneratedWorkspace(neo4jUri, actors, SEED, log);
  const slug = workspace.files.workspace.slug;
  const tiermapCold: FrameFigures[] = [];
  const tiermapWarm: FrameFigures[] = [];
  let tiermapPan: PanZoomFigures | null = null;
  for (let run = 1; run <= options.runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      log(`${slug}: Tiermap, first visit ${run} of ${options.runs}…`);
      const cold = await measureFirstFrame(page, `${urls.web}?workspace=${slug}`, 'tiermap');
      tiermapCold.push(cold);
      log(`  first frame ${cold.firstMs.toFixed(0)} ms, complete ${cold.completeMs.toFixed(0)} ms`);
      if (!tiermapPan) {
        tiermapPan = await measurePanZoom(page, '__tiermapCy', options.seconds);
        log(`  pan/zoom ${tiermapPan.fps.toFixed(1)} fps (${tiermapPan.renders} renders)`);
      }
      await waitForMapCopy(page, slug);
      log(`${slug}: Tiermap, second visit ${run} (data and layout from IndexedDB)…`);
      const warm = await measureFirstFrame(page, `${urls.web}?workspace=${slug}`, 'tiermap');
      tiermapWarm.push(warm);
      log(`  first frame ${warm.firstMs.toFixed(0)} ms, complete ${warm.completeMs.toFixed(0)} ms`);
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    log(`${slug}: plain Cytoscape.js…`);
    const plain = await context.newPage();
    urls.plain.prepare(actors);
    const plainFirst = await measureFirstFrame(plain, `${urls.plain.url}?actors=${actors}`, 'plain');
    log(`  first frame ${plainFirst.firstMs.toFixed(0)} ms`);
    const plainPan = await measurePanZoom(plain, '__plainCy', options.seconds);
    log(`  pan/zoom ${plainPan.fps.toFixed(1)} fps (${plainPan.renders} renders)`);
    return {
      actors,
      relations: workspace.files.relations.length,
      loadedNow: workspace.loadedNow,
      tiermapCold,
      tiermapWarm,
      tiermapPan: tiermapPan!,
      plainFirst,
      plainPan,
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const fps = (value: number) => `${value.toFixed(1)} fps`;
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');

function markdown(results: SizeResult[], context: Record<string, string>): string {
  const rows = results.map((r) => {
    const target = TARGETS[r.actors];
    const cold = median(r.tiermapCold.map((figures) => figures.firstMs));
    const warm = median(r.tiermapWarm.map((figures) => figures.firstMs));
    const complete = median(r.tiermapCold.map((figures) => figures.completeMs));
    const range = (figures: FrameFigures[]) =>
      figures.length > 1
        ? ` (${ms(Math.min(...figures.map((f) => f.firstMs)))}–${ms(Math.max(...figures.map((f) => f.firstMs)))})`
        : '';
    const first = target
      ? `< ${ms(target.firstFrameMs)}: first visit ${verdict(cold < target.firstFrameMs)}, second ${verdict(warm < target.firstFrameMs)}`
      : '—';
    const pan = target ? `≥ ${target.fps} fps: ${verdict(r.tiermapPan.fps >= target.fps)}` : '—';
    return `| ${r.actors.toLocaleString('en')} / ${r.relations.toLocaleString('en')} | ${r.tiermapPan.mode} | ${ms(cold)}${range(r.tiermapCold)} | ${ms(warm)}${range(r.tiermapWarm)} | ${ms(complete)} | ${ms(r.plainFirst.firstMs)} | ${first} | ${fps(r.tiermapPan.fps)} | ${fps(r.plainPan.fps)} | ${pan} |`;
  });
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  return `${BEGIN}
## Web client at scale (tests/bench/web.bench.ts)

Machine: ${cpu}, ${os.availableParallelism()} cores shared with other work, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB,
Node.js ${process.version}, headless ${context.browser} (${context.chromium}) with ${context.rendering},
viewport 1440 × 900. Load average (1 min) before / after: ${context.loadBefore} / ${context.loadAfter};
CPU calibration (10⁸-step loop, as in \`npm run bench\`) before / after: ${context.calibrationBefore} / ${context.calibrationAfter}
(≈100 ms on an idle modern core). Date: ${context.date}. Command: \`${context.command}\`.

Maps from \`graph-seed/src/generate-graph.ts\` (seed ${SEED}, 4 relations per actor), loaded into Neo4j with the
graph-seed loader (${context.neo4j}). Tiermap is the built client (\`vite preview\`) against the built API
(NODE_ENV=production); its first GraphQL \`mapGraph\` request is sent by a script inlined in index.html while the
client's bundle loads, and asks for a quarter of the actors (by id, with their relations, in columns) or, on a map of at
most 3,000 actors (one that does not aggregate), for the whole map (\`wholeUpTo\`). On a map that aggregates the first
quarter is drawn first and the other three are asked for once it is on screen. Plain Cytoscape.js is a static page
(tests/bench/plain-cytoscape-page.ts) that loads \`cytoscape.min.js\` from node_modules and the same actors and
relations as one JSON file with preset positions (the same tier layout), with the default style and renderer options.

- **first frame**: navigation start → the animation frame after Cytoscape's first render with actors (or
  aggregates) on the map. On maps that aggregate (above 3,000 actors) Tiermap draws the first of the four parts
  (a quarter of the actors) while the others load; **complete** is the first frame with all the data drawn.
  Each size is opened ${context.runs} times, each time in a new browser context (empty IndexedDB and HTTP cache);
  the table gives the median, with the fastest and slowest run in brackets.
- **second visit**: the same page opened again once the first visit has stored the map: the map data comes from
  IndexedDB once one revision query says it is current, and the layout from IndexedDB instead of the worker.
- A first visit waits for the first \`mapGraph\` answer (an actor count, two parallel Cypher reads, then GraphQL list
  execution) and, on a map drawn actor by actor, a layout of it in the worker; the map's names are placed on the frame
  after the first; the views other than the map are chunks of their own (ADR 0035); the themes and the database check
  wait for the first frame, and the workspace list (with counts over every workspace) for the complete map.
- **pan/zoom**: \`requestAnimationFrame\` ticks per second while playwright drives a real mouse for
  ${context.seconds} s: drags in circles from an empty spot of the map (which pans) alternating with wheel
  steps in and out (which zoom). Cytoscape's own \`render\` events are counted too (below).
- Tiermap aggregates above ${context.threshold} visible actors (tier × sector groups, summed relations;
  every actor stays reachable by search and expansion), so at 5,000 and 20,000 actors it pans an aggregated map.

| actors / relations | Tiermap map | Tiermap first frame (first visit) | second visit | complete | plain first frame | first-frame target | Tiermap pan/zoom | plain pan/zoom | fps target |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Cytoscape renders per second during the pan/zoom (Tiermap / plain): ${results
    .map(
      (r) =>
        `${r.actors.toLocaleString('en')}: ${(r.tiermapPan.renders / r.tiermapPan.seconds).toFixed(1)} / ${(r.plainPan.renders / r.plainPan.seconds).toFixed(1)}`,
    )
    .join('; ')}.
${END}`;
}

async function main(): Promise<void> {
  if (process.env.BENCH_WEB_SKIP_BUILD !== '1') build();
  const sizes = (process.env.BENCH_WEB_SIZES ?? '1000,5000,20000').split(',').map(Number);
  const seconds = Number(process.env.BENCH_WEB_SECONDS ?? 5);
  const runs = Number(process.env.BENCH_WEB_RUNS ?? 3);
  const services: Service[] = [];
  const neo4j = await benchNeo4j('bench-web', log);
  const neo4jUri = neo4j.uri;
  const plain = await plainCytoscapeServer(SEED);
  let browser: Browser | null = null;
  try {
    for (const actors of sizes) await ensureGeneratedWorkspace(neo4jUri, actors, SEED, log);
    const apiPort = await freePort();
    const api = await startApi({
      NEO4J_URI: neo4jUri,
      PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      TIERMAP_SECRET: BENCH_SECRET,
      ...NO_RATE_LIMITS,
    });
    services.push(api.service);
    const web = await startWeb(await freePort(), `http://127.0.0.1:${apiPort}`);
    services.push(web.service);
    const choice = await browserChoice();
    log(`browser: ${choice.name} (${choice.executablePath})`);
    browser = await launchBrowser();
    const loadBefore = os.loadavg()[0]?.toFixed(2) ?? '?';
    const calibrationBefore = `${Math.round(calibrate())} ms`;
    const results: SizeResult[] = [];
    for (const actors of sizes)
      results.push(await benchSize(browser, { web: web.match[1]!, plain }, neo4jUri, actors, { seconds, runs }));
    writeSection(
      'web',
      markdown(results, {
        browser: choice.name,
        chromium: browser.version(),
        rendering: choice.rendering,
        loadBefore,
        loadAfter: os.loadavg()[0]?.toFixed(2) ?? '?',
        calibrationBefore,
        calibrationAfter: `${Math.round(calibrate())} ms`,
        runs: String(runs),
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        command: 'npm run bench:web',
        neo4j: neo4j.local ? 'a local Neo4j started for the run' : 'NEO4J_URI',
        seconds: String(seconds),
        threshold: '3,000',
      }),
    );
    log('wrote the bench:web section of BENCHMARKS.md');
  } finally {
    await browser?.close();
    for (const service of services.reverse()) await service.stop();
    await plain.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
