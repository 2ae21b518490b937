import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import type { GraphData } from '../graph/analytics-graph';
import type { AnalyticsEngine, EngineOutcome } from './analytics-engine';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';
import { canonicalJson } from './analytics-job';
import { AnalyticsWorkerThread } from './analytics-worker-thread';
import { encodeGraph } from './graph-wire';

export interface WorkerEngineOptions {
  /** Worker threads; min(2, available parallelism) unless given. */
  workers?: number;
  /** Limits of each thread's heap; WORKER_RESOURCE_LIMITS unless given. */
  resourceLimits?: ResourceLimits;
}

/**
 * A young generation of 192 MiB (V8's default semi-space is 16 MiB): the analyses allocate many
 * short-lived objects (candidate lists, per-actor maps, result rows), and a larger nursery lets most of
 * them die there instead of being promoted and marked. On the 10,000-actor benchmark graph it cut the
 * garbage collector's time in a full set of analyses from 330–900 ms to 280–430 ms (9 collections
 * instead of 40). The space is reserved, not committed, until the thread allocates that much.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };

/**
 * Jobs that share one filter's Louvain run and link-scoring context (gaps, suggestions and partners
 * build the context on Louvain; silos reads Louvain too): they go to one thread, so it is built once.
 */
const CONTEXT_JOBS: ReadonlySet<AnalyticsJob['kind']> = new Set(['gaps', 'suggestedLinks', 'partners', 'silos']);

/**
 * Rough relative costs of the analyses on a 10,000-actor graph (tests/bench): the shared queue hands
 * out the longest job first, so that short jobs are left to even out the threads' finishing times.
 */
const JOB_COSTS: Readonly<Record<AnalyticsJob['kind'], number>> = {
  size: 0.1,
  tierMatrix: 2,
  silos: 2,
  gaps: 8,
  coverage: 2,
  deliveryWithoutVoice: 1,
  funding: 3,
  fundingChains: 1,
  brokers: 15,
  // A slice of exact betweenness, sized by the service to take a fraction of a second.
  betweennessPart: 5,
  suggestedLinks: 10,
  partners: 2,
  paths: 3,
  diff: 2,
  // Betweenness, Louvain, gaps, funding and delivery without voice on two dates (tests/bench/time-diff.bench.ts).
  diffMeasures: 30,
};

interface PendingJob {
  key: string;
  filter: AnalyticsFilter;
  job: AnalyticsJob;
  resolve: (outcome: Promise<EngineOutcome>) => void;
}

/** FNV-1a, to spread (graph, filter) pairs over the threads. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Runs analyses in worker threads that each hold every loaded graph, so a 10,000-actor betweenness
 * or link-suggestion run never blocks the API's event loop, and the analyses one request selects run
 * in parallel. A thread gets its next job when it is idle (see `dispatch`); jobs sharing a filter's
 * link-scoring context always go to the same thread so it is built once. Threads start on first use
 * (or `warm`). If one stops (a crash, memory exhausted), pending jobs fail, every graph is forgotten
 * (reset listeners are told, so they get reloaded) and the next job starts fresh threads.
 */
export class WorkerAnalyticsEngine implements AnalyticsEngine {
  private threads: AnalyticsWorkerThread[] = [];
  private readonly loaded = new Set<string>();
  private readonly resetListeners: Array<() => void> = [];
  private pending: PendingJob[] = [];
  /** Context jobs waiting for the thread that holds their context. */
  private readonly own = new Map<AnalyticsWorkerThread, PendingJob[]>();
  /** Other jobs waiting for whichever thread is idle first, longest first. */
  private shared: PendingJob[] = [];
  private readonly size: number;
  private closed = false;

  constructor(private readonly options: WorkerEngineOptions = {}) {
    this.size = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  }

  /** Thread ids of the running workers (for tests and diagnostics). */
  get threadIds(): number[] {
    return this.threads.map((thread) => thread.threadId);
  }

  /** Estimated work each thread has running or waiting for it alone (for tests and diagnostics). */
  get loads(): number[] {
    const queued = (thread: AnalyticsWorkerThread): number =>
      (this.own.get(thread) ?? []).reduce((sum, item) => sum + JOB_COSTS[item.job.kind], 0);
    return this.threads.map((thread) => thread.load + queued(thread));
  }

  /** Estimated work waiting for whichever thread is idle first (for tests and diagnostics). */
  get sharedLoad(): number {
    return this.shared.reduce((sum, item) => sum + JOB_COSTS[item.job.kind], 0);
  }

  /** Starts the threads now (e.g. while a graph loads) instead of on first use. */
  warm(): void {
    this.start();
  }

  has(key: string): boolean {
    return this.loaded.has(key);
  }

  load(key: string, data: GraphData): void {
    const json = encodeGraph(data);
    for (const thread of this.start()) thread.post({ type: 'load', key, json });
    this.loaded.add(key);
  }

  drop(key: string): void {
    if (!this.loaded.delete(key)) return;
    for (const thread of this.threads) thread.post({ type: 'drop', key });
  }

  /**
   * Jobs asked for in the same turn of the event loop (the fields of one request, once its graph is
   * loaded) are scheduled together (see `dispatch`).
   */
  run(key: string, filter: AnalyticsFilter, job: AnalyticsJob): Promise<EngineOutcome> {
    if (!this.loaded.has(key)) return Promise.resolve({ ok: false, error: { kind: 'MISSING_GRAPH' } });
    return new Promise((resolve) => {
      if (this.pending.length === 0) setImmediate(() => this.dispatch());
      this.pending.push({ key, filter, job, resolve });
    });
  }

  /**
   * Queues a turn's jobs. Each group of context jobs is one unit, queued on the thread that holds (or
   * will hold) that filter's context; every other job joins the shared queue, longest first. A thread
   * is handed its next job only when it is idle — its own queue first, then the longest shared job —
   * so the threads balance themselves whatever the real costs turn out to be (list scheduling; a
   * static plan from estimated costs left one thread idle for up to a second on a busy machine).
   */
  private dispatch(): void {
    const batch = this.pending;
    this.pending = [];
    if (this.closed || batch.length === 0) {
      for (const item of batch) item.resolve(Promise.resolve({ ok: false, error: { kind: 'MISSING_GRAPH' } }));
      return;
    }
    const threads = this.start();
    for (const item of batch) {
      if (CONTEXT_JOBS.has(item.job.kind)) {
        // A filter's context lives in one thread: the same one every time, while it is held there.
        const unit = `context\u0000${item.key}\u0000${canonicalJson(item.filter)}`;
        const thread = threads[hash(unit) % threads.length] as AnalyticsWorkerThread;
        this.own.set(thread, [...(this.own.get(thread) ?? []), item]);
      } else {
        const at = this.shared.findIndex((queued) => JOB_COSTS[queued.job.kind] < JOB_COSTS[item.job.kind]);
        this.shared.splice(at === -1 ? this.shared.length : at, 0, item);
      }
    }
    this.pump();
  }

  /** Hands each idle thread its next job. */
  private pump(): void {
    for (const thread of this.threads) {
      if (thread.busy) continue;
      const item = this.own.get(thread)?.shift() ?? this.shared.shift();
      if (!item) continue;
      const outcome = thread.run({ key: item.key, filter: item.filter, job: item.job }, JOB_COSTS[item.job.kind]);
      item.resolve(
        outcome.then((settled) => {
          this.pump();
          return settled;
        }),
      );
    }
  }

  /** Answers every job still waiting in the engine's queues as MISSING_GRAPH (the caller reloads). */
  private failQueued(): void {
    const queued = [...[...this.own.values()].flat(), ...this.shared];
    this.own.clear();
    this.shared = [];
    for (const item of queued) item.resolve(Promise.resolve({ ok: false, error: { kind: 'MISSING_GRAPH' } }));
  }

  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads;
    this.threads = [];
    this.loaded.clear();
    this.failQueued();
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  private start(): AnalyticsWorkerThread[] {
    if (this.threads.length > 0) return this.threads;
    if (this.closed) throw new Error('the analytics engine is closed');
    const threads: AnalyticsWorkerThread[] = [];
    for (let i = 0; i < this.size; i++) {
      const thread: AnalyticsWorkerThread = new AnalyticsWorkerThread(
        () => this.stopped(thread),
        this.options.resourceLimits ?? WORKER_RESOURCE_LIMITS,
      );
      threads.push(thread);
    }
    this.threads = threads;
    return threads;
  }

  private stopped(thread: AnalyticsWorkerThread): void {
    if (!this.threads.includes(thread)) return;
    // The threads must hold the same graphs; rather than reload one, start all afresh.
    const others = this.threads.filter((other) => other !== thread);
    this.threads = [];
    this.loaded.clear();
    this.failQueued();
    for (const other of others) void other.terminate();
    for (const listener of this.resetListeners) listener();
  }
}
