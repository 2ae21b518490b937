import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { GraphData } from '../graph/analytics-graph';
import type { AnalyticsEngine, EngineOutcome } from './analytics-engine';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

export interface WorkerEngineOptions {
  resourceLimits?: ResourceLimits;
}

/**
 * Starts the analytics worker from wherever this module runs. Compiled (api/dist) the worker is a
 * plain .js file. From TypeScript (ts-jest, tsx) it is a .ts file: Node 20 does not apply loader
 * hooks given as `--import tsx` to a worker's entry module, so the worker starts from a two-line
 * CommonJS stub that registers tsx's require hook first. Only the worker's own imports go through
 * tsx, and they use no decorators, which tsx cannot compile with metadata.
 */
export function startAnalyticsWorker(options: WorkerEngineOptions = {}): Worker {
  const compiled = path.extname(__filename) === '.js';
  const entry = path.join(__dirname, `analytics.worker${compiled ? '.js' : '.ts'}`);
  if (compiled) return new Worker(entry, options);
  const hook = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(hook)});\nrequire(${JSON.stringify(entry)});`, {
    ...options,
    eval: true,
  });
}

/**
 * Runs analyses in one worker thread that holds the graphs, so a 10,000-actor betweenness or
 * link-suggestion run never blocks the API's event loop. The worker starts on first use and keeps
 * the process alive only while a job is pending. If it stops (a crash, or memory exhausted), pending
 * jobs fail, the graphs it held are forgotten (reset listeners are told, so they get reloaded) and
 * the next job starts a fresh worker.
 */
export class WorkerAnalyticsEngine implements AnalyticsEngine {
  private worker: Worker | null = null;
  private readonly loaded = new Set<string>();
  private readonly pending = new Map<number, (outcome: EngineOutcome) => void>();
  private readonly resetListeners: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerEngineOptions = {}) {}

  /** The running worker's thread id, or null when none runs (for tests and diagnostics). */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  has(key: string): boolean {
    return this.loaded.has(key);
  }

  load(key: string, data: GraphData): void {
    this.post({ type: 'load', key, data });
    this.loaded.add(key);
  }

  drop(key: string): void {
    if (this.loaded.delete(key) && this.worker) this.post({ type: 'drop', key });
  }

  run(key: string, filter: AnalyticsFilter, job: AnalyticsJob): Promise<EngineOutcome> {
    if (!this.loaded.has(key)) return Promise.resolve({ ok: false, error: { kind: 'MISSING_GRAPH' } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: 'run', id, key, filter, job });
      if (this.pending.size === 1) this.worker?.ref();
    });
  }

  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (worker) await worker.terminate();
  }

  private post(request: WorkerRequest): void {
    this.start().postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    if (this.closed) throw new Error('the analytics engine is closed');
    const worker = startAnalyticsWorker(this.options);
    worker.unref();
    let failure = 'it exited';
    worker.on('message', (response: WorkerResponse) => this.settle(response.id, response.outcome));
    worker.on('error', (error) => {
      failure = error.message;
    });
    worker.on('exit', (code) => this.stopped(worker, `${failure} (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private settle(id: number, outcome: EngineOutcome): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    resolve?.(outcome);
  }

  private stopped(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.loaded.clear();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) {
      resolve({ ok: false, error: { kind: 'FAILED', message: `the analytics worker stopped: ${reason}` } });
    }
    for (const listener of this.resetListeners) listener();
  }
}
