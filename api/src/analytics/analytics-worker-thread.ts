import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { EngineOutcome } from './analytics-engine';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

/**
 * Starts an analytics worker from wherever this module runs. Compiled (api/dist) the worker is a
 * plain .js file. From TypeScript (ts-jest, tsx) it is a .ts file: Node 20 does not apply loader
 * hooks given as `--import tsx` to a worker's entry module, so the worker starts from a two-line
 * CommonJS stub that registers tsx's require hook first. Only the worker's own imports go through
 * tsx, and they use no decorators, which tsx cannot compile with metadata.
 */
export function startAnalyticsWorker(resourceLimits?: ResourceLimits): Worker {
  const compiled = path.extname(__filename) === '.js';
  const entry = path.join(__dirname, `analytics.worker${compiled ? '.js' : '.ts'}`);
  const options = resourceLimits ? { resourceLimits } : {};
  if (compiled) return new Worker(entry, options);
  const hook = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(hook)});\nrequire(${JSON.stringify(entry)});`, {
    ...options,
    eval: true,
  });
}

/**
 * One worker thread and the jobs waiting on it. The thread keeps the process alive only while a
 * job is pending, so an idle API (or a test run) can exit. When the thread stops (a crash, memory
 * exhausted, terminate) every pending job fails and `onStop` is called once.
 */
export class AnalyticsWorkerThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (outcome: EngineOutcome) => void; cost: number }>();
  private pendingCost = 0;
  private nextId = 1;
  private stopped = false;

  constructor(onStop: (reason: string) => void, resourceLimits?: ResourceLimits) {
    this.worker = startAnalyticsWorker(resourceLimits);
    this.worker.unref();
    let failure = 'it exited';
    this.worker.on('message', (response: WorkerResponse) => this.settle(response.id, response.outcome));
    this.worker.on('error', (error) => {
      failure = error.message;
    });
    this.worker.on('exit', (code) => {
      this.stopped = true;
      const reason = `${failure} (exit code ${code})`;
      const waiting = [...this.pending.values()].map((job) => job.resolve);
      this.pending.clear();
      this.pendingCost = 0;
      for (const resolve of waiting) {
        resolve({ ok: false, error: { kind: 'FAILED', message: `the analytics worker stopped: ${reason}` } });
      }
      onStop(reason);
    });
  }

  get threadId(): number {
    return this.worker.threadId;
  }

  /** Estimated cost of the jobs sent and not yet answered. */
  get load(): number {
    return this.pendingCost;
  }

  /** True while a job sent to the thread is unanswered. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  get alive(): boolean {
    return !this.stopped;
  }

  post(request: Exclude<WorkerRequest, { type: 'run' }>): void {
    if (!this.stopped) this.worker.postMessage(request);
  }

  /** Sends a job; `cost` is its estimated relative cost, counted in `load` until it is answered. */
  run(request: Omit<Extract<WorkerRequest, { type: 'run' }>, 'id' | 'type'>, cost = 1): Promise<EngineOutcome> {
    if (this.stopped) {
      return Promise.resolve({ ok: false, error: { kind: 'FAILED', message: 'the analytics worker stopped' } });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, cost });
      this.pendingCost += cost;
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ type: 'run', id, ...request } satisfies WorkerRequest);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private settle(id: number, outcome: EngineOutcome): void {
    const job = this.pending.get(id);
    this.pending.delete(id);
    this.pendingCost = this.pending.size === 0 ? 0 : this.pendingCost - (job?.cost ?? 0);
    if (this.pending.size === 0) this.worker.unref();
    job?.resolve(outcome);
  }
}
