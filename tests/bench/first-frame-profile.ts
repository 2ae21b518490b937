/**
 * `npm run bench:web:profile`: a diagnostic, not a benchmark — where a first visit of a generated map
 * spends its time, interleaved with plain Cytoscape.js in fresh browser contexts: every performance
 * mark and resource timing of each run (after one warm-up), and with PROFILE_CPU=1 the main thread's
 * CPU profile from the map data's arrival to the first map frame (self and inclusive time per function;
 * build the client with `npx vite build --minify false` in web/ for readable names).
 * NEO4J_URI required (e.g. `npm run db`); PROFILE_RUNS (default 3), PROFILE_ACTORS (default 1000),
 * PROFILE_QUERY (appended to the client's URL). Uses the existing builds of api/ and web/.
 */
import type { Browser, Page } from 'playwright-core';
import { startApi, startWeb, type Service } from '../../scripts/processes';
import { launchBrowser } from '../helpers/browser';
import { freePort } from '../helpers/free-port';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';
import { BENCH_SECRET } from './bench-auth';
import { ensureGeneratedWorkspace } from './generated-workspace';
import { plainCytoscapeServer } from './plain-cytoscape-page';
import { measureFirstFrame } from './web-measure';

const log = (line: string) => console.log(`[profile] ${line}`);

async function timeline(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) out[mark.name] ??= mark.startTime;
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      let name = entry.name.replace(/^https?:\/\/[^/]+/, '').replace(/-[A-Za-z0-9_]{8}\./, '.');
      while (`res ${name} start` in out) name += "'";
      out[`res ${name} start`] = entry.startTime;
      out[`res ${name} end`] = entry.responseEnd;
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    out['nav responseEnd'] = nav.responseEnd;
    out['nav domInteractive'] = nav.domInteractive;
    out['nav domContentLoaded'] = nav.domContentLoadedEventEnd;
    for (const paint of performance.getEntriesByType('paint')) out[paint.name] = paint.startTime;
    return out;
  });
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI!;
  const runs = Number(process.env.PROFILE_RUNS ?? 3);
  const actors = Number(process.env.PROFILE_ACTORS ?? 1000);
  const services: Service[] = [];
  const workspace = await ensureGeneratedWorkspace(uri, actors, 42, log);
  const slug = workspace.files.workspace.slug;
  const plain = await plainCytoscapeServer(42);
  plain.prepare(actors);
  let browser: Browser | null = null;
  try {
    const apiPort = await freePort();
    const api = await startApi({
      NEO4J_URI: uri,
      PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      TIERMAP_SECRET: BENCH_SECRET,
      ...NO_RATE_LIMITS,
    });
    services.push(api.service);
    const web = await startWeb(await freePort(), `http://127.0.0.1:${apiPort}`);
    services.push(web.service);
    browser = await launchBrowser();
    const rows = new Map<string, number[]>();
    const ratios: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const cdp = process.env.PROFILE_CPU === '1' && run === runs ? await context.newCDPSession(page) : null;
      let t: { firstMs: number; completeMs: number };
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await page.goto(`${web.match[1]!}?workspace=${slug}`, { waitUntil: 'commit' });
        await page
          // From the map's data (a whole map comes with its layout, ADR 0035; else the worker's layout follows).
          .waitForFunction(() => performance.getEntriesByName('tiermap:map-first-part').length > 0, null, {
            polling: 5,
            timeout: 60_000,
          })
          .catch(() => undefined);
        await cdp.send('Profiler.start');
        await page.waitForFunction(() => performance.getEntriesByName('tiermap:first-map-frame').length > 0, null, {
          polling: 20,
          timeout: 60_000,
        });
        const first = await page.evaluate(() => performance.getEntriesByName('tiermap:first-map-frame')[0]!.startTime);
        t = { firstMs: first, completeMs: first };
      } else
        t = await measureFirstFrame(
          page,
          `${web.match[1]!}?workspace=${slug}${process.env.PROFILE_QUERY ?? ''}`,
          'tiermap',
        );
      if (cdp) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: {
            nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
            samples: number[];
            timeDeltas: number[];
            startTime: number;
          };
        };
        const byId = new Map(profile.nodes.map((node) => [node.id, node]));
        const self = new Map<string, number>();
        profile.samples.forEach((id, i) => {
          const frame = byId.get(id)!.callFrame;
          const key = `${frame.functionName || '(anon)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}`;
          self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        });
        for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
          console.log(`  self ${ms.toFixed(0).padStart(6)} ms  ${key}`);
        const parent = new Map<number, number>();
        for (const node of profile.nodes as Array<{ id: number; children?: number[] }>)
          for (const child of node.children ?? []) parent.set(child, node.id);
        const total = new Map<string, number>();
        let all = 0;
        profile.samples.forEach((id, i) => {
          const ms = (profile.timeDeltas[i] ?? 0) / 1000;
          all += ms;
          const seen = new Set<string>();
          for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
            const frame = byId.get(at)!.callFrame;
            const key = `${frame.functionName || '(anon)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}`;
            if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
            seen.add(key);
          }
        });
        console.log(`  all samples ${all.toFixed(0)} ms`);
        for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 70))
          console.log(`  incl ${ms.toFixed(0).padStart(6)} ms  ${key}`);
      }
      const marks = await timeline(page);
      if (run === 1)
        log(
          `DOM elements after first frame: ${await page.evaluate(() => document.getElementsByTagName('*').length)}; canvases ${await page.evaluate(
            () =>
              Array.from(document.querySelectorAll('canvas'))
                .map((c) => `${c.width}x${c.height}`)
                .join(' '),
          )}`,
        );
      await context.close();
      const plainContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const plainPage = await plainContext.newPage();
      const p = await measureFirstFrame(plainPage, `${plain.url}?actors=${actors}`, 'plain');
      const plainMarks = await timeline(plainPage);
      await plainContext.close();
      if (run === 0) continue; // warm-up (vite preview, API and database caches)
      const own = Object.entries(marks)
        .filter(([name]) => /^(prof|tiermap):/.test(name))
        .sort((a, b) => a[1] - b[1]);
      const theirs = Object.entries(plainMarks)
        .filter(([name]) => /^(prof|plain):/.test(name))
        .sort((a, b) => a[1] - b[1]);
      log(own.map(([name, ms]) => `${name.replace(/^\w+:/, '')} ${ms.toFixed(0)}`).join(' | '));
      log('PLAIN ' + theirs.map(([name, ms]) => `${name.replace(/^\w+:/, '')} ${ms.toFixed(0)}`).join(' | '));
      log(`run ${run}: tiermap ${t.firstMs.toFixed(0)} ms, plain ${p.firstMs.toFixed(0)} ms`);
      ratios.push(t.firstMs / p.firstMs);
      for (const [name, value] of Object.entries(marks)) rows.set(name, [...(rows.get(name) ?? []), value]);
      for (const [name, value] of Object.entries(plainMarks))
        rows.set(`PLAIN ${name}`, [...(rows.get(`PLAIN ${name}`) ?? []), value]);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    for (const [name, values] of [...rows].sort((a, b) => median(a[1]) - median(b[1])))
      console.log(`${median(values).toFixed(0).padStart(7)} ms  ${name}`);
    console.log(`ratios: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  } finally {
    await browser?.close();
    for (const service of services.reverse()) await service.stop();
    await plain.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
