/**
 * The analytics benchmark: a generated 10,000-actor / 40,000-relation workspace, every analytics
 * field in one GraphQL request over HTTP, cold (caches emptied before each run) and cached.
 *
 * The API runs from its compiled build (api/dist), as in production: tsx, which runs this file,
 * emits no decorator metadata, so type-graphql cannot run from the TypeScript sources here. The
 * workspace is loaded with the graph-seed loader from the TypeScript sources, which need none.
 */
import { compiledApi } from './compiled-api';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AnalyticsTiming } from '../../api/src/analytics/analytics-service';
import { normaliseFilter, type AnalyticsJob } from '../../api/src/analytics/analytics-job';
import { LoadedGraph } from '../../api/src/analytics/loaded-graph';
import type { GraphFiles } from '../../graph-seed/src/graph-file.types';
import { graphFilesToData } from '../../graph-seed/src/graph-files-data';
import { processCpuMs } from './bench-neo4j';
import { ensureGeneratedWorkspace } from './generated-workspace';
import { BENCH_SECRET } from './bench-auth';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';

const ACTORS = 10_000;
/**
 * Cold requests after the first and before the measured ones, so that both threads' JIT is warm: V8
 * keeps optimising and deoptimising the analyses for several runs (on one thread running the full set
 * again and again, TurboFan compiled 227 functions in the first run, 90 in the sixth and 9 in the
 * eighth, and the run took 2.1 s instead of 2.9), and a job runs on whichever thread is idle.
 */
export const WARM_UP_RUNS = 8;
const SEED = 42;

/** Every analytics field, with what a client would show: counts, top lists and the names in them. */
export const FULL_QUERY = `query Full($ws: ID!, $a: ID!, $b: ID!) {
  analytics(workspace: $ws) {
    revision actorCount relationCount
    tierMatrix { tiers { from to count density byType { type count } byMode { mode count } } sectors { from to count density } }
    silos { componentCount modularity communities { index size dominantTier { value share } dominantSector { value share } dominantCountry { value share } eiIndex } tiers { group eiIndex } sectors { group eiIndex } }
    gaps(theme: "reception") { gapCount tiersPresent { tier } pairs { lowerTier upperTier rule isGap suggestedLinks { score reasons source { name } target { name } } } }
    coverage { cells { theme tier actorCount tiesUpward tiesDownward fundingReceived { relationCount amounts { currency amount } } } }
    deliveryWithoutVoice { civilSocietyActorId governmentActorId deliveryRelationIds contractRelationIds }
    funding { dependentCount recipients { recipientId hhi topFunderShare governmentShare dependent } funders { funderId relationCount } unfundedCells { theme tier } coFunding { funderAId funderBId } }
    brokers(top: 20) { method sampled pivots errorBound errorConfidence actorCount actors { actor { name } betweenness betweennessStandardError constraint effectiveSize roles { coordinator itinerant gatekeeper representative liaison } } }
    suggestedLinks(top: 20) { candidatePairs suggestions { score reasons source { name } target { name } } }
    forActor: suggestedLinks(actorId: $a, top: 10) { suggestions { score reasons target { name } } }
    partners(actorId: $a, top: 10) { candidates { score reasons actor { name } intermediaries { name } } }
    paths(from: $a, to: $b, k: 3) { paths { length actors { name } steps { relations { type } } } }
    diff(from: "2015", to: "2020") { addedRelationIds endedRelationIds addedActorIds endedActorIds }
  }
}`;

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface AnalyticsBenchResult {
  workspace: { slug: string; actors: number; relations: number; loadedNow: boolean; loadSeconds: number | null };
  neo4jVersion: string;
  firstRequestMs: number;
  /** The uncounted cold requests after the first, in order (WARM_UP_RUNS of them). */
  warmUpMs: number[];
  cold: Stats;
  /** The identical request again: answered from the whole-response cache. */
  cached: Stats;
  /** A request of the same analyses with new text (a comment): executed, every analysis from the result cache. */
  cachedResults: Stats;
  responseBytes: number;
  /** Median over cold runs of the graph load and of each analysis (time in the engine, queue included). */
  breakdown: Array<{ what: string; medianMs: number }>;
  /**
   * CPU time per cold run, all threads: of this process (the API, its analytics threads, V8's helper
   * threads and the benchmark client) and, when its process is known, of the database, with per run
   * the two together divided by the cores: no run can take less wall time than that.
   */
  coldCpu: { api: Stats; database: { cpu: Stats; perCore: Stats } | null };
  /** Longest event-loop delay of the API process during the cold runs. */
  maxEventLoopDelayMs: number;
  /** The analyses one after another on the calling thread (no queue, no GraphQL), after a warm-up pass. */
  singleThread: Array<{ what: string; ms: number }>;
  betweenness: { method: string; pivots: number | null; errorBound: number | null };
}

const stats = (runs: number[]): Stats => {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs };
};

/** The generated map as analytics data (ids are the external ids): the seed tools' conversion. */
export const toGraphData = graphFilesToData;

/**
 * The analyses of FULL_QUERY timed one after another on this thread and one LoadedGraph — what a
 * single thread would do for the request — after an untimed pass on another LoadedGraph to warm the
 * JIT. The first link job (gaps) builds the link-scoring context the later ones reuse.
 */
function timeEachAnalysis(files: GraphFiles, a: string, b: string): Array<{ what: string; ms: number }> {
  const data = toGraphData(files);
  const filter = normaliseFilter(null);
  const jobs: AnalyticsJob[] = [
    { kind: 'tierMatrix' },
    { kind: 'silos' },
    { kind: 'gaps', theme: 'reception', suggestionsPerGap: 3 },
    { kind: 'coverage', byCountry: false },
    { kind: 'deliveryWithoutVoice' },
    { kind: 'funding', dependenceThreshold: 0.5 },
    { kind: 'brokers', top: 20, actorId: null },
    { kind: 'suggestedLinks', actorId: null, top: 20 },
    { kind: 'suggestedLinks', actorId: a, top: 10 },
    { kind: 'partners', actorId: a, themes: null, countries: null, tiers: null, kinds: null, corridor: null, top: 10 },
    { kind: 'paths', from: a, to: b, k: 3, types: null, modes: null, minConfidence: null, weighted: false },
    { kind: 'diff', from: '2015', to: '2020' },
  ];
  const warmUp = new LoadedGraph(data);
  for (const job of jobs) warmUp.run(filter, job);
  const graph = new LoadedGraph(data);
  return jobs.map((job) => {
    const started = performance.now();
    graph.run(filter, job);
    const label =
      job.kind === 'gaps'
        ? 'gaps (and the link-scoring context: Louvain, gaps of every theme, link index)'
        : job.kind === 'suggestedLinks' && job.actorId
          ? 'suggestedLinks (one actor)'
          : job.kind;
    return { what: label, ms: performance.now() - started };
  });
}

/** Runs the benchmark against the Neo4j at `neo4jUri`. */
export async function analyticsBench(
  neo4jUri: string,
  options: { coldRuns: number; cachedRuns: number; databasePid: number | null; log: (line: string) => void },
): Promise<AnalyticsBenchResult> {
  const { log } = options;
  const workspace = await ensureGeneratedWorkspace(neo4jUri, ACTORS, SEED, log);
  const { files } = workspace;
  const degree = new Map<string, number>();
  for (const r of files.relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const byDegree = [...degree.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id]) => id);
  const [a, b] = [byDegree[0] as string, byDegree[Math.floor(byDegree.length / 2)] as string];

  const api = compiledApi({ production: true });
  const config = api.loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: neo4jUri,
    LOG_LEVEL: 'warn',
    TIERMAP_SECRET: BENCH_SECRET,
    ...NO_RATE_LIMITS,
  });
  const logger = api.createLogger('warn');
  const db = new api.Database(api.createDriver(config.neo4j), logger, config.neo4j.database);
  const timings: AnalyticsTiming[] = [];
  const service = api.analyticsServiceFor(db, { onTiming: (timing) => timings.push(timing) });
  const server = await api.createServer({ config, db, logger, schema: await api.createSchema() });
  const { url } = await server.listen(0, '127.0.0.1');
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return { body, bytes: text.length };
  };

  try {
    const ids = await post(
      'query($ws: ID!, $ext: [String!]) { actors(workspace: $ws, filter: { externalIds: $ext }) { edges { node { id externalId } } } }',
      { ws: workspace.id, ext: [a, b] },
    );
    const edges = (ids.body.data?.actors as { edges: Array<{ node: { id: string; externalId: string } }> }).edges;
    const idOf = (externalId: string) => edges.find((edge) => edge.node.externalId === externalId)?.node.id;
    const variables = { ws: workspace.id, a: idOf(a), b: idOf(b) };
    const health = await post('{ health { neo4j { version } } }');
    const neo4jVersion = String((health.body.data?.health as { neo4j: { version: string } }).neo4j.version);

    const time = async (query = FULL_QUERY) => {
      const started = performance.now();
      const answer = await post(query, variables);
      return { ms: performance.now() - started, answer };
    };

    log('first request after start (workers start, JIT cold)…');
    const first = await time();
    const brokers = (first.answer.body.data?.analytics as { brokers: AnalyticsBenchResult['betweenness'] }).brokers;
    // The cold runs measure a server that has been answering for a while (its JIT settled), not one
    // that has just started: that is the first request, reported on its own.
    const warmUps: number[] = [];
    for (let run = 0; run < WARM_UP_RUNS; run++) {
      service.invalidate(workspace.id);
      warmUps.push((await time()).ms);
    }
    log(`  warm-up (not counted): ${warmUps.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const coldRuns: number[] = [];
    const perRun: AnalyticsTiming[][] = [];
    const dbPid = options.databasePid;
    const cpus = availableParallelism();
    const apiCpu: number[] = [];
    const dbCpu: number[] = [];
    for (let run = 0; run < options.coldRuns; run++) {
      service.invalidate(workspace.id);
      timings.length = 0;
      delay.enable();
      const cpuBefore = process.cpuUsage();
      const dbBefore = dbPid === null ? 0 : processCpuMs(dbPid);
      const { ms } = await time();
      const cpu = process.cpuUsage(cpuBefore);
      apiCpu.push((cpu.user + cpu.system) / 1000);
      if (dbPid !== null) dbCpu.push(processCpuMs(dbPid) - dbBefore);
      delay.disable();
      coldRuns.push(ms);
      perRun.push([...timings]);
      log(`  cold ${run + 1}/${options.coldRuns}: ${ms.toFixed(0)} ms`);
    }
    const cachedRuns: number[] = [];
    let responseBytes = 0;
    for (let run = 0; run < options.cachedRuns; run++) {
      const { ms, answer } = await time();
      cachedRuns.push(ms);
      responseBytes = answer.bytes;
    }
    log(`  cached: median ${stats(cachedRuns).median.toFixed(0)} ms`);
    const cachedResultRuns: number[] = [];
    for (let run = 0; run < options.cachedRuns; run++) {
      // Another operation text, so the response cache misses and the request executes in full.
      const { ms } = await time(`${FULL_QUERY}\n# run ${run}`);
      cachedResultRuns.push(ms);
    }
    log(`  cached results, executed: median ${stats(cachedResultRuns).median.toFixed(0)} ms`);

    const whats = [...new Set(perRun.flatMap((run) => run.map((t) => t.what)))];
    const breakdown = whats.map((what) => ({
      what,
      medianMs: stats(perRun.map((run) => Math.max(0, ...run.filter((t) => t.what === what).map((t) => t.ms)))).median,
    }));
    log('the analyses one after another on one thread…');
    const singleThread = timeEachAnalysis(files, a, b);
    return {
      singleThread,
      workspace: {
        slug: files.workspace.slug,
        actors: files.actors.length,
        relations: files.relations.length,
        loadedNow: workspace.loadedNow,
        loadSeconds: workspace.loadSeconds,
      },
      neo4jVersion,
      firstRequestMs: first.ms,
      warmUpMs: warmUps,
      cold: stats(coldRuns),
      cached: stats(cachedRuns),
      cachedResults: stats(cachedResultRuns),
      responseBytes,
      breakdown,
      coldCpu: {
        api: stats(apiCpu),
        database:
          dbPid === null
            ? null
            : { cpu: stats(dbCpu), perCore: stats(apiCpu.map((api, run) => (api + (dbCpu[run] as number)) / cpus)) },
      },
      maxEventLoopDelayMs: delay.max / 1e6,
      betweenness: { method: brokers.method, pivots: brokers.pivots, errorBound: brokers.errorBound },
    };
  } finally {
    await api.closeAnalyticsService(db);
    await server.stop();
    await db.close();
  }
}
