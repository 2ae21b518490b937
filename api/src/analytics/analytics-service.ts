import { availableParallelism } from 'node:os';
import { viewerIn, type Viewer } from '../auth/viewer';
import type { ApiContext } from '../context';
import type { Database } from '../db/run-query';
import { NotFoundError } from '../errors';
import { ANALYTICS_SIZE } from '../db/queries/analytics.queries';
import { loadAnalyticsGraph, readAnalyticsState, type AnalyticsState } from '../repositories/analytics.repository';
import type { AnalyticsEngine } from './analytics-engine';
import type { AnalyticsFilter, AnalyticsJob, BrokersJob, JobResult, TopBrokers } from './analytics-job';
import { canonicalJson, jobKey } from './analytics-job';
import type { BackgroundBetweennessOptions } from './background-betweenness';
import { BackgroundBetweenness } from './background-betweenness';
import { FairGate } from '../guards/fair-gate';
import { LruCache } from './lru-cache';
import { WorkerAnalyticsEngine } from './worker-analytics-engine';

export interface AnalyticsServiceOptions {
  /** Where analyses run; a worker thread unless given. */
  engine?: AnalyticsEngine;
  /** Loaded graphs kept (one per workspace × visibilities × graph revision); 6 unless given. */
  maxGraphs?: number;
  /** Actors + relations kept over all loaded graphs; 1,000,000 unless given. */
  maxGraphElements?: number;
  /** Computed results kept; 200 unless given. */
  maxResults?: number;
  /** Bytes of results kept, counted as their JSON text in UTF-16; 256 MiB unless given. */
  maxResultBytes?: number;
  /** Whole analytics-only responses kept (see `analytics-response-cache.ts`); 100 unless given. */
  maxResponses?: number;
  /** Bytes of responses kept, counted as their JSON text in UTF-16; 128 MiB unless given. */
  maxResponseBytes?: number;
  /**
   * Computations handed to the engine at once (its threads: min(2, available parallelism) unless
   * given); more wait their turn by party (see FairGate).
   */
  maxRunning?: number;
  /** How exact betweenness of views above the exact limit is summed in the background. */
  exactBetweenness?: BackgroundBetweennessOptions;
  /** Told how long each graph load and each computation took (benchmarks, diagnostics). */
  onTiming?: (timing: AnalyticsTiming) => void;
}

export interface AnalyticsTiming {
  /** `graph` for a graph load, `exactBetweenness` for a whole background run, otherwise the analysis. */
  what: 'graph' | 'exactBetweenness' | AnalyticsJob['kind'];
  ms: number;
}

/** One request's view of a workspace: who asks, at which revisions, and the cache key of its graph. */
export interface AnalyticsScope extends AnalyticsState {
  readonly viewer: Viewer;
  readonly generation: number;
  readonly graphKey: string;
}

/** Counters for tests and diagnostics. */
export interface AnalyticsStats {
  graphLoads: number;
  resultHits: number;
  resultMisses: number;
  responseHits: number;
}

interface CachedGraph {
  workspaceId: string;
  /** The graph revision it was loaded at. */
  graphRevision: string;
  elements: number;
}

interface CachedResult {
  workspaceId: string;
  /** The graph revision it was computed at. */
  graphRevision: string;
  value: unknown;
  bytes: number;
}

interface CachedResponse {
  /** The workspaces and revisions the response was computed from. */
  revisions: ReadonlyMap<string, string>;
  data: unknown;
  bytes: number;
}

/**
 * Computes analytics for GraphQL requests. Two caches, both LRU-bounded:
 * - loaded graphs keyed by (workspace, viewer visibilities, graph revision) — one query loads the
 *   whole visible graph, and every filter, date and analysis of that revision runs on it;
 * - results keyed by (graph key, filter, analysis and its arguments).
 * The revisions are counters on the workspace that committed writes move (read by `open`, one
 * cheap query per request); the graph revision moves only with writes that can alter an analysis
 * (see changesAnalysedGraph), so a write that can makes the next request compute afresh, and one
 * that cannot (a description) keeps what was computed. Entries of older revisions are dropped when
 * a newer one is seen. Concurrent requests for the same graph or result share one load or one
 * computation.
 */
export class AnalyticsService {
  readonly stats: AnalyticsStats = { graphLoads: 0, resultHits: 0, resultMisses: 0, responseHits: 0 };
  private readonly engine: AnalyticsEngine;
  private readonly graphs: LruCache<string, CachedGraph>;
  private readonly results: LruCache<string, CachedResult>;
  private readonly responses: LruCache<string, CachedResponse>;
  private readonly pendingGraphs = new Map<string, Promise<void>>();
  /** Computations running on each loaded graph (a graph in use is not dropped under them). */
  private readonly inUse = new Map<string, number>();
  private readonly dropWhenFree = new Set<string>();
  private readonly gate: FairGate;
  private readonly pendingResults = new Map<string, Promise<unknown>>();
  /** The latest revision and graph revision seen, per workspace and visibility class (see revisionKey). */
  private readonly revisions = new Map<string, string>();
  private readonly graphRevisions = new Map<string, string>();
  /** Sizes of graphs not loaded here, by workspace and revision (see graphSize). */
  private readonly sizes = new LruCache<string, { elements: number }>({ maxEntries: 500 });
  private readonly generations = new Map<string, number>();
  private readonly exactBetweenness: BackgroundBetweenness;
  /** Scopes (one per request) that answered a provisional sampled ranking while exact values were coming. */
  private readonly provisional = new WeakSet<AnalyticsScope>();

  constructor(
    private readonly db: Database,
    private readonly options: AnalyticsServiceOptions = {},
  ) {
    const engine = options.engine ?? new WorkerAnalyticsEngine();
    const maxGraphElements = options.maxGraphElements ?? 1_000_000;
    this.engine = engine;
    this.exactBetweenness = new BackgroundBetweenness(options.exactBetweenness);
    // A party asking for an analysis at most every half second counts as asking seldom.
    this.gate = new FairGate(options.maxRunning ?? Math.min(2, availableParallelism()), { lightAfterMs: 500 });
    this.graphs = new LruCache<string, CachedGraph>({
      maxEntries: options.maxGraphs ?? 6,
      maxWeight: maxGraphElements,
      // A graph above the bound on its own is still kept (it is needed now); it just evicts the rest.
      weigh: (graph) => Math.min(graph.elements, maxGraphElements),
      // A graph still in use by a computation is dropped from the engine once that is done.
      onRemove: (key) => (this.inUse.has(key) ? this.dropWhenFree.add(key) : engine.drop(key)),
    });
    this.results = new LruCache<string, CachedResult>({
      maxEntries: options.maxResults ?? 200,
      maxWeight: options.maxResultBytes ?? 256 * 1024 * 1024,
      weigh: (result) => result.bytes,
    });
    this.responses = new LruCache<string, CachedResponse>({
      maxEntries: options.maxResponses ?? 100,
      maxWeight: options.maxResponseBytes ?? 128 * 1024 * 1024,
      weigh: (response) => response.bytes,
    });
    engine.onReset(() => this.graphs.clear());
  }

  /** Finds the workspace (NOT_FOUND on field `workspace` when absent or hidden) and its current revision. */
  async open(requestViewer: Viewer, workspaceKey: string): Promise<AnalyticsScope> {
    // Graphs and results belong to a visibility class (the viewer's role there), never to a user.
    const viewer = viewerIn(requestViewer, workspaceKey);
    const state = await readAnalyticsState(this.db, viewer, workspaceKey);
    this.forgetOtherRevisions(state);
    const generation = this.generations.get(state.workspaceId) ?? 0;
    const visibilities = [...viewer.visibilities].sort();
    return {
      ...state,
      viewer,
      generation,
      graphKey: canonicalJson([state.workspaceId, generation, visibilities, state.graphRevision]),
    };
  }

  /** One analysis on the scope's graph under a filter, from the cache when it was computed before. */
  async compute<J extends AnalyticsJob>(
    scope: AnalyticsScope,
    filter: AnalyticsFilter,
    job: J,
    /** Who asks (an account, a token, an address): computations start by turns over askers. */
    party = 'system',
  ): Promise<JobResult<J>> {
    const key = `${scope.graphKey}\u0000${canonicalJson(filter)}\u0000${jobKey(job)}`;
    const cached = this.results.get(key);
    if (cached) {
      this.stats.resultHits += 1;
      return cached.value as JobResult<J>;
    }
    let pending = this.pendingResults.get(key);
    if (!pending) {
      this.stats.resultMisses += 1;
      pending = this.computeFresh(scope, filter, job, key, party).finally(() => this.pendingResults.delete(key));
      this.pendingResults.set(key, pending);
    }
    return (await pending) as JobResult<J>;
  }

  /**
   * The brokers analysis. Above the exact limit the first answer after a change is ranked by sampled
   * betweenness (with its error bound) and starts the exact sum in the background
   * (`background-betweenness.ts`); once that is in, answers rank by the exact values
   * (EXACT_FROM_CACHE). `exactPending` says whether an exact answer is on its way.
   */
  async brokers(
    scope: AnalyticsScope,
    filter: AnalyticsFilter,
    job: BrokersJob,
    party = 'system',
  ): Promise<TopBrokers & { exactPending: boolean }> {
    const viewKey = `${scope.graphKey}\u0000${canonicalJson(filter)}`;
    // Weighted betweenness is exact up to the limit and sampled above it; only unweighted is summed in the background.
    if (job.weighted)
      return { ...(await this.compute(scope, filter, { ...job, exact: null }, party)), exactPending: false };
    const known = this.exactBetweenness.lookup(viewKey);
    if (known !== undefined && known !== 'PENDING') {
      return { ...(await this.compute(scope, filter, { ...job, exact: known }, party)), exactPending: false };
    }
    const result = await this.compute(scope, filter, { ...job, exact: null }, party);
    if (result.betweennessMethod !== 'SAMPLED') return { ...result, exactPending: false };
    // The background sums are of shortest paths counted in steps; the co-participation projection
    // weighs its ties (Dijkstra), so its sampled ranking stays the answer there.
    if (filter.eventLayer === 'PROJECTED') return { ...result, exactPending: false };
    if (!this.isCurrentGraph(scope)) return { ...result, exactPending: false };
    if (known === undefined) this.startExactBetweenness(scope, filter, viewKey, result.actorCount);
    // The request's whole response carries this provisional ranking: it must not be served again.
    this.provisional.add(scope);
    return { ...result, exactPending: true };
  }

  /**
   * How many actors and relations the scope's graph holds, for weighing an analysis before it runs:
   * the loaded graph's, or the workspace's live ones counted once per revision.
   */
  async graphSize(scope: AnalyticsScope): Promise<number> {
    const loaded = this.graphs.get(scope.graphKey);
    if (loaded) return loaded.elements;
    const key = `${scope.workspaceId}|${scope.graphRevision}`;
    const known = this.sizes.get(key);
    if (known) return known.elements;
    const [row] = await this.db.read(ANALYTICS_SIZE, { ws: scope.workspaceId });
    const elements = (row?.actors ?? 0) + (row?.relations ?? 0);
    this.sizes.set(key, { elements });
    return elements;
  }

  /**
   * A whole response cached for these scopes (the workspaces it reads, at their current revisions)
   * under `operationKey` (operation text, name and variables), if every scope is still current.
   */
  cachedResponse(scopes: readonly AnalyticsScope[], operationKey: string): unknown {
    const hit = this.responses.get(responseKey(scopes, operationKey));
    if (hit === undefined || !scopes.every((scope) => this.isCurrent(scope))) return undefined;
    this.stats.responseHits += 1;
    return hit.data;
  }

  /** Keeps a response computed for these scopes, unless a write made one of them stale meanwhile. */
  storeResponse(scopes: readonly AnalyticsScope[], operationKey: string, data: unknown): void {
    if (!scopes.every((scope) => this.isCurrent(scope))) return;
    if (scopes.some((scope) => this.provisional.has(scope))) return;
    const bytes = JSON.stringify(data).length * 2;
    const revisions = new Map(scopes.map((scope) => [scope.workspaceId, scope.revision]));
    this.responses.set(responseKey(scopes, operationKey), { revisions, data, bytes });
  }

  /** Forgets everything cached for a workspace, whatever its revision; loads in flight are not reused. */
  invalidate(workspaceId: string): void {
    this.generations.set(workspaceId, (this.generations.get(workspaceId) ?? 0) + 1);
    for (const seen of [this.revisions, this.graphRevisions]) {
      for (const key of [...seen.keys()]) if (key.startsWith(`${workspaceId}|`)) seen.delete(key);
    }
    this.graphs.deleteWhere((_key, graph) => graph.workspaceId === workspaceId);
    this.results.deleteWhere((_key, result) => result.workspaceId === workspaceId);
    this.responses.deleteWhere((_key, response) => response.revisions.has(workspaceId));
    this.exactBetweenness.forgetWhere((owner) => owner.workspaceId === workspaceId);
  }

  /** Number of loaded graphs and results currently cached. */
  cacheSizes(): { graphs: number; results: number; resultBytes: number; responses: number } {
    return {
      graphs: this.graphs.size,
      results: this.results.size,
      resultBytes: this.results.weight,
      responses: this.responses.size,
    };
  }

  async close(): Promise<void> {
    this.graphs.clear();
    this.results.clear();
    this.responses.clear();
    this.exactBetweenness.clear();
    await this.engine.close();
  }

  /**
   * Drops what older revisions of the same visibility class computed (revisions read `class:n`,
   * graph revisions `class:gn`, see readAnalyticsState; each class has its own counters): graphs and
   * results of an older graph revision, responses of an older revision.
   */
  private forgetOtherRevisions({ workspaceId, revision, graphRevision }: AnalyticsState): void {
    const key = revisionKey(workspaceId, revision);
    const revisionClass = key.slice(key.indexOf('|') + 1);
    const stale = (current: string) => (seen: string | undefined) =>
      seen !== undefined && seen !== current && seen.startsWith(revisionClass);
    if (this.graphRevisions.get(key) !== graphRevision) {
      this.graphRevisions.set(key, graphRevision);
      const staleGraph = stale(graphRevision);
      this.graphs.deleteWhere((_key, graph) => graph.workspaceId === workspaceId && staleGraph(graph.graphRevision));
      this.results.deleteWhere(
        (_key, result) => result.workspaceId === workspaceId && staleGraph(result.graphRevision),
      );
      this.exactBetweenness.forgetWhere(
        (owner) => owner.workspaceId === workspaceId && staleGraph(owner.graphRevision),
      );
    }
    if (this.revisions.get(key) !== revision) {
      this.revisions.set(key, revision);
      const staleResponse = stale(revision);
      this.responses.deleteWhere((_key, response) => staleResponse(response.revisions.get(workspaceId)));
    }
  }

  private async computeFresh(
    scope: AnalyticsScope,
    filter: AnalyticsFilter,
    job: AnalyticsJob,
    key: string,
    party: string,
  ): Promise<unknown> {
    const { value, bytes } = await this.execute(scope, filter, job, party);
    if (this.isCurrentGraph(scope)) {
      const { workspaceId, graphRevision } = scope;
      this.results.set(key, { workspaceId, graphRevision, value, bytes });
    }
    return value;
  }

  /** Runs one job on the scope's graph (loading it if needed), through the gate; nothing is cached. */
  private async execute(
    scope: AnalyticsScope,
    filter: AnalyticsFilter,
    job: AnalyticsJob,
    party: string,
  ): Promise<{ value: unknown; bytes: number }> {
    // Two attempts: the engine may have lost the graph between loading and running (a restart).
    for (let attempt = 0; attempt < 2; attempt++) {
      // Loading the graph and computing both take a turn (a load is much of a cold computation).
      const outcome = await this.gate.run(party, () =>
        this.pinned(scope.graphKey, async () => {
          await this.ensureGraph(scope);
          const started = performance.now();
          const ran = await this.engine.run(scope.graphKey, filter, job);
          this.options.onTiming?.({ what: job.kind, ms: performance.now() - started });
          return ran;
        }),
      );
      if (outcome.ok) return { value: JSON.parse(outcome.json) as unknown, bytes: outcome.json.length * 2 };
      const { error } = outcome;
      if (error.kind === 'NOT_FOUND') throw new NotFoundError('Actor', error.id, error.field);
      if (error.kind === 'FAILED') throw new Error(`analytics ${job.kind} failed: ${error.message}`);
      this.graphs.delete(scope.graphKey);
    }
    throw new Error(`analytics ${job.kind} failed: the graph could not be kept loaded`);
  }

  /** Sums the view's exact betweenness in parts, each an uncached job through the gate as one background party. */
  private startExactBetweenness(scope: AnalyticsScope, filter: AnalyticsFilter, viewKey: string, actorCount: number) {
    const started = performance.now();
    const { workspaceId, graphRevision } = scope;
    this.exactBetweenness.start(viewKey, { workspaceId, graphRevision }, actorCount, {
      part: async (first, count) => {
        const job = { kind: 'betweennessPart' as const, first, count };
        const { value } = await this.execute(scope, filter, job, 'background:exact-betweenness');
        return (value as JobResult<typeof job>).sums;
      },
      stillCurrent: () => this.isCurrentGraph(scope),
      onReady: () => this.options.onTiming?.({ what: 'exactBetweenness', ms: performance.now() - started }),
    });
  }

  /**
   * Runs `work` with the graph `key` kept in the engine: a newer revision, or the cache's bound, may
   * remove it from the cache meanwhile (writes keep coming), but the engine drops it only after.
   */
  private async pinned<T>(key: string, work: () => Promise<T>): Promise<T> {
    this.inUse.set(key, (this.inUse.get(key) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.inUse.get(key) ?? 1) - 1;
      if (left > 0) this.inUse.set(key, left);
      else {
        this.inUse.delete(key);
        if (this.dropWhenFree.delete(key) && !this.graphs.get(key)) this.engine.drop(key);
      }
    }
  }

  private ensureGraph(scope: AnalyticsScope): Promise<void> {
    const key = scope.graphKey;
    if (this.graphs.get(key) && this.engine.has(key)) return Promise.resolve();
    let pending = this.pendingGraphs.get(key);
    if (!pending) {
      pending = this.loadGraph(scope).finally(() => this.pendingGraphs.delete(key));
      this.pendingGraphs.set(key, pending);
    }
    return pending;
  }

  private async loadGraph(scope: AnalyticsScope): Promise<void> {
    this.stats.graphLoads += 1;
    this.engine.warm?.();
    const started = performance.now();
    const data = await loadAnalyticsGraph(this.db, scope.viewer, scope.workspaceId);
    this.options.onTiming?.({ what: 'graph', ms: performance.now() - started });
    // Removing a stale entry drops the engine's copy, so it must go before the new copy is loaded.
    this.graphs.delete(scope.graphKey);
    this.engine.load(scope.graphKey, data);
    const { workspaceId, graphRevision } = scope;
    this.graphs.set(scope.graphKey, {
      workspaceId,
      graphRevision,
      elements: data.actors.length + data.relations.length,
    });
  }

  /** Whether no newer revision of the scope's workspace and class has been seen since it opened. */
  private isCurrent(scope: AnalyticsScope): boolean {
    return (
      this.isCurrentGraph(scope) &&
      this.revisions.get(revisionKey(scope.workspaceId, scope.revision)) === scope.revision
    );
  }

  /** Whether no newer graph revision has been seen: what the scope computes is still what anyone would. */
  private isCurrentGraph(scope: AnalyticsScope): boolean {
    return (
      (this.generations.get(scope.workspaceId) ?? 0) === scope.generation &&
      this.graphRevisions.get(revisionKey(scope.workspaceId, scope.revision)) === scope.graphRevision
    );
  }
}

/** Where the current revision of a workspace for one visibility class is kept (revisions read `class:n`). */
function revisionKey(workspaceId: string, revision: string): string {
  return `${workspaceId}|${revision.slice(0, revision.indexOf(':') + 1)}`;
}

/** Graph keys (workspace, generation, visibilities, revision) in a fixed order, then the operation. */
function responseKey(scopes: readonly AnalyticsScope[], operationKey: string): string {
  return canonicalJson([[...new Set(scopes.map((scope) => scope.graphKey))].sort(), operationKey]);
}

const services = new WeakMap<Database, AnalyticsService>();

/**
 * The analytics service of a database connection, created on first use (with `options` if given
 * then), so that every request of a server, and only of that server, shares its caches and workers.
 */
export function analyticsServiceFor(db: Database, options?: AnalyticsServiceOptions): AnalyticsService {
  let service = services.get(db);
  if (!service) {
    service = new AnalyticsService(db, options);
    services.set(db, service);
  }
  return service;
}

/**
 * Opens a workspace's analytics scope once per request: the response cache and the `analytics`
 * resolver share the revision read.
 */
export function openAnalyticsScope(
  context: Pick<ApiContext, 'db' | 'viewer' | 'analyticsScopes'>,
  workspaceKey: string,
): Promise<AnalyticsScope> {
  const open = () => analyticsServiceFor(context.db).open(context.viewer, workspaceKey);
  if (!context.analyticsScopes) return open();
  let scope = context.analyticsScopes.get(workspaceKey);
  if (!scope) {
    scope = open();
    context.analyticsScopes.set(workspaceKey, scope);
  }
  return scope;
}

/** Stops the worker and empties the caches of a connection's analytics service, if it has one. */
export async function closeAnalyticsService(db: Database): Promise<void> {
  const service = services.get(db);
  services.delete(db);
  await service?.close();
}
