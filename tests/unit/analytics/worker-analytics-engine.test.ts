import { InlineAnalyticsEngine, type EngineOutcome } from '../../../api/src/analytics/analytics-engine';
import type { AnalyticsJob } from '../../../api/src/analytics/analytics-job';
import { normaliseFilter } from '../../../api/src/analytics/analytics-job';
import type { AnalyticsWorkerThread } from '../../../api/src/analytics/analytics-worker-thread';
import { WorkerAnalyticsEngine } from '../../../api/src/analytics/worker-analytics-engine';
import { syntheticGraph } from './synthetic-graph';

const json = (outcome: EngineOutcome): unknown => {
  if (!outcome.ok) throw new Error(`job failed: ${JSON.stringify(outcome.error)}`);
  return JSON.parse(outcome.json);
};

/** A partner search for `actorId` with no criterion but the number of candidates. */
const partnersJob = (actorId: string): AnalyticsJob => ({
  kind: 'partners',
  actorId,
  themes: null,
  countries: null,
  tiers: null,
  kinds: null,
  corridor: null,
  top: 5,
});

describe('WorkerAnalyticsEngine', () => {
  const graph = syntheticGraph(1500);
  const filter = normaliseFilter(null);
  const [first, second] = [graph.actors[0]?.id as string, graph.actors[40]?.id as string];
  let engine: WorkerAnalyticsEngine;

  beforeAll(() => {
    engine = new WorkerAnalyticsEngine({ workers: 2 });
    engine.load('g1', graph);
  });
  afterAll(() => engine.close());

  it('runs every analysis in worker threads with the same answers as on the calling thread', async () => {
    const inline = new InlineAnalyticsEngine();
    inline.load('g1', graph);
    const jobs: AnalyticsJob[] = [
      { kind: 'size' },
      { kind: 'tierMatrix' },
      { kind: 'silos' },
      { kind: 'gaps', theme: 'reception', suggestionsPerGap: 3 },
      { kind: 'coverage', byCountry: true },
      { kind: 'deliveryWithoutVoice' },
      { kind: 'funding', dependenceThreshold: 0.5 },
      { kind: 'brokers', top: 50, actorId: null },
      { kind: 'suggestedLinks', actorId: null, top: 10 },
      partnersJob(first),
      { kind: 'paths', from: first, to: second, k: 3, types: null, modes: null, minConfidence: null, weighted: false },
      { kind: 'diff', from: '2015', to: '2020' },
    ];
    const inWorkers = await Promise.all(jobs.map((job) => engine.run('g1', filter, job)));
    expect(engine.threadIds).toHaveLength(2);
    for (const [index, job] of jobs.entries()) {
      expect(json(inWorkers[index] as EngineOutcome)).toEqual(json(await inline.run('g1', filter, job)));
    }
  }, 60000);

  it('schedules the jobs of one turn together: context jobs on one thread, the rest to whichever is idle', async () => {
    const jobs: AnalyticsJob[] = [
      { kind: 'tierMatrix' },
      { kind: 'silos' },
      { kind: 'gaps', theme: 'reception', suggestionsPerGap: 3 },
      { kind: 'brokers', top: 5, actorId: null },
      { kind: 'suggestedLinks', actorId: null, top: 5 },
      partnersJob(first),
      { kind: 'funding', dependenceThreshold: 0.5 },
      { kind: 'diff', from: '2015', to: '2020' },
    ];
    // A fresh engine, so that no job of another test is still queued.
    const fresh = new WorkerAnalyticsEngine({ workers: 2 });
    fresh.load('g1', graph);
    const running = jobs.map((job) => fresh.run('g1', filter, job));
    await new Promise((resolve) => setImmediate(resolve));
    // One thread holds the context unit (gaps 8, suggestions 10, partners 2, silos 2 = 22: one running,
    // three waiting for it alone); the other runs the longest shared job, brokers (15). Funding (3),
    // tier matrix (2) and diff (2) wait for whichever thread is idle first.
    expect([...fresh.loads].sort((a, b) => a - b)).toEqual([15, 22]);
    expect(fresh.sharedLoad).toBe(7);
    const outcomes = await Promise.all(running);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(fresh.loads).toEqual([0, 0]);
    expect(fresh.sharedLoad).toBe(0);
    await fresh.close();
  }, 60000);

  it('answers jobs still queued when the engine closes, without running them', async () => {
    const closing = new WorkerAnalyticsEngine({ workers: 1 });
    closing.load('g1', graph);
    const running = [
      closing.run('g1', filter, { kind: 'brokers', top: 5, actorId: null }),
      closing.run('g1', filter, { kind: 'funding', dependenceThreshold: 0.5 }),
      closing.run('g1', filter, { kind: 'diff', from: '2015', to: '2020' }),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(closing.sharedLoad).toBe(5); // brokers runs; funding and diff wait
    await closing.close();
    const outcomes = await Promise.all(running);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, false, false]);
    expect(outcomes.slice(1)).toEqual([
      { ok: false, error: { kind: 'MISSING_GRAPH' } },
      { ok: false, error: { kind: 'MISSING_GRAPH' } },
    ]);
  });

  it('keeps the event loop free while a heavy analysis runs', async () => {
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const started = performance.now();
    // Exact betweenness, Burt's measures and brokerage roles for 1,500 actors.
    const outcome = await engine.run('g1', normaliseFilter({ minConfidence: 0.1 }), {
      kind: 'brokers',
      top: 10,
      actorId: null,
    });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(outcome.ok).toBe(true);
    // The timer kept firing throughout: many ticks, none held up for anything like the job's duration.
    expect(gaps.length).toBeGreaterThan(elapsed / 50);
    expect(Math.max(...gaps)).toBeLessThan(Math.max(250, elapsed / 4));
  });

  it('reports unknown actors and graphs as plain outcomes', async () => {
    const missing = await engine.run('g1', filter, { kind: 'suggestedLinks', actorId: 'nobody', top: 5 });
    expect(missing).toEqual({ ok: false, error: { kind: 'NOT_FOUND', field: 'actorId', id: 'nobody' } });
    expect(await engine.run('unknown-graph', filter, { kind: 'size' })).toEqual({
      ok: false,
      error: { kind: 'MISSING_GRAPH' },
    });
    engine.load('g2', graph);
    engine.drop('g2');
    expect(engine.has('g2')).toBe(false);
    expect(await engine.run('g2', filter, { kind: 'size' })).toMatchObject({ ok: false });
  });

  it('forgets its graphs and starts fresh threads when one stops', async () => {
    const resets: number[] = [];
    const fragile = new WorkerAnalyticsEngine({ workers: 2 });
    fragile.onReset(() => resets.push(Date.now()));
    fragile.load('g', graph);
    expect(json(await fragile.run('g', filter, { kind: 'size' }))).toEqual({ actorCount: 1500, relationCount: 6000 });
    const before = fragile.threadIds;
    const threads = (fragile as unknown as { threads: AnalyticsWorkerThread[] }).threads;
    await threads[0]?.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resets).toHaveLength(1);
    expect(fragile.has('g')).toBe(false);
    fragile.load('g', graph);
    expect(json(await fragile.run('g', filter, { kind: 'size' }))).toMatchObject({ actorCount: 1500 });
    expect(fragile.threadIds.some((id) => before.includes(id))).toBe(false);
    await fragile.close();
  });
});
