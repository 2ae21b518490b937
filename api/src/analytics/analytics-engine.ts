import type { GraphData } from '../graph/analytics-graph';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';
import type { LoadedGraphOptions } from './loaded-graph';
import { LoadedGraph, UnknownActorError } from './loaded-graph';

/** Why a job did not produce a result. */
export type EngineError =
  { kind: 'MISSING_GRAPH' } | { kind: 'NOT_FOUND'; field: string; id: string } | { kind: 'FAILED'; message: string };

/** A job's result as JSON text (its length is the cache weight), or why there is none. */
export type EngineOutcome = { ok: true; json: string } | { ok: false; error: EngineError };

/**
 * Where analyses run: holds loaded graphs by key and runs jobs on them. The inline engine runs on
 * the calling thread; the worker engine in a worker thread, so the event loop stays free.
 */
export interface AnalyticsEngine {
  /** Gets ready to run (e.g. starts threads); called while a graph loads, so both happen at once. */
  warm?(): void;
  has(key: string): boolean;
  load(key: string, data: GraphData): void;
  drop(key: string): void;
  run(key: string, filter: AnalyticsFilter, job: AnalyticsJob): Promise<EngineOutcome>;
  /** `listener` is called when the engine has lost every graph it held (its worker stopped). */
  onReset(listener: () => void): void;
  close(): Promise<void>;
}

/** Runs a job on a held graph and turns every outcome, failures included, into plain data. */
export function runJob(graph: LoadedGraph | undefined, filter: AnalyticsFilter, job: AnalyticsJob): EngineOutcome {
  if (!graph) return { ok: false, error: { kind: 'MISSING_GRAPH' } };
  try {
    return { ok: true, json: JSON.stringify(graph.run(filter, job)) };
  } catch (error) {
    if (error instanceof UnknownActorError) {
      return { ok: false, error: { kind: 'NOT_FOUND', field: error.field, id: error.actorId } };
    }
    return { ok: false, error: { kind: 'FAILED', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Runs analyses on the calling thread: for small graphs, tests, and where threads are unwelcome. */
export class InlineAnalyticsEngine implements AnalyticsEngine {
  private readonly graphs = new Map<string, LoadedGraph>();

  constructor(private readonly options: Readonly<LoadedGraphOptions> = {}) {}

  has(key: string): boolean {
    return this.graphs.has(key);
  }

  load(key: string, data: GraphData): void {
    this.graphs.set(key, new LoadedGraph(data, this.options));
  }

  drop(key: string): void {
    this.graphs.delete(key);
  }

  async run(key: string, filter: AnalyticsFilter, job: AnalyticsJob): Promise<EngineOutcome> {
    return runJob(this.graphs.get(key), filter, job);
  }

  onReset(): void {
    // An inline engine never loses its graphs behind the caller's back.
  }

  async close(): Promise<void> {
    this.graphs.clear();
  }
}
