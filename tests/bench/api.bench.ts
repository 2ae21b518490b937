/**
 * `npm run bench:api`: Tiermap's built API against a minimal Neo4j GraphQL Library server (the peer,
 * tests/bench/peer/) over the same database, on generated maps of 1,000, 10,000 and 100,000 actors
 * (about four relations each, seed 42). For each read workload (api-read-workloads.ts) it first checks
 * that both answer with the same data — exiting non-zero when they do not — then times them
 * interleaved at 1 and 8 concurrent clients over HTTP on 127.0.0.1; then Tiermap's writes alone in a
 * throwaway workspace; then the database hits of each read request, per statement. Writes its figures
 * into BENCHMARKS.md between the bench:api markers.
 *
 * Neo4j: NEO4J_URI, or a local one started for the run. Options (environment):
 * BENCH_API_SIZES (default 1000,10000,100000), BENCH_API_REQUESTS (measured requests per server, workload
 * and client count; default 200, halved above 50,000 actors; the whole map gets fewer, see mapPlan), BENCH_API_WARMUP (default 20), BENCH_API_PHASE_SECONDS (time budget of
 * one workload at one client count, default 6), BENCH_API_SKIP_BUILD=1, BENCH_API_SMOKE=1 or --smoke
 * (300 actors, a handful of requests, BENCHMARKS.md untouched).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startApi, startService, type Service } from '../../scripts/processes';
import { BENCH_SECRET } from './bench-auth';
import { freePort } from '../helpers/free-port';
import { apiBenchMarkdown } from './api-bench-markdown';
import { measureDbHits, type WorkloadHits } from './api-db-hits';
import { checkSize, timeSize, type WorkloadResult } from './api-size-bench';
import type { WorkloadPicks } from './api-workload-picks';
import { benchWrites, type WriteResult } from './api-write-bench';
import { benchNeo4j } from './bench-neo4j';
import { writeSection } from './benchmarks-file';
import { calibrate } from './calibrate';
import { ensureGeneratedWorkspace } from './generated-workspace';
import { postGraphQL } from './graphql-post';
import type { TimingPlan } from './interleaved-timing';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';

const SEED = 42;
/** Above this size, the reads other than the whole map get half the requests (the run must stay under 15 minutes). */
const LARGE_MAP_ACTORS = 50_000;
/** Above this size, the whole map runs at one client only (see mapPlan). */
const MAP_CONCURRENCY_MAX_ACTORS = 20_000;

export interface ApiBenchOptions {
  neo4jUri: string;
  sizes: readonly number[];
  /** Measured requests per server, per workload and client count. */
  requests: number;
  warmUp: number;
  /** Time budget of one workload at one client count. */
  budgetSeconds: number;
  clients: readonly number[];
  /** Rebuild api/dist first (default true). */
  build?: boolean;
  log?: (line: string) => void;
}

export interface SizeResult {
  actors: number;
  relations: number;
  slug: string;
  loadedNow: boolean;
  loadSeconds: number | null;
  picks: WorkloadPicks;
  workloads: WorkloadResult[];
  dbHits: WorkloadHits[];
}

export interface ApiBenchResult {
  neo4jVersion: string;
  sizes: SizeResult[];
  writes: WriteResult[];
  /** The plan of a workload other than the whole map, at each size. */
  plan: { requests: number; warmUp: number; budgetSeconds: number; clients: readonly number[] };
  /** What the whole map (workload f) was given per size, as "requests / warm-up". */
  mapPlans: Array<{ actors: number; requests: number; warmUp: number }>;
  seconds: number;
}

/**
 * The whole map costs about a thousand times a page at 10,000 actors, so it gets proportionally fewer
 * requests: the full count up to 1,000 actors, then fewer in proportion to the size (at least one per
 * client; no warm-up beyond the check's request once that rounds to none). Above 20,000 actors it runs
 * at one client only: eight peers building 100,000-actor answers at once would take minutes and gigabytes.
 */
function mapPlan(
  options: ApiBenchOptions,
  actors: number,
  clients: number,
): { requests: number; warmUp: number } | null {
  if (actors > MAP_CONCURRENCY_MAX_ACTORS && clients > 1) return null;
  const share = Math.min(1, 1000 / actors);
  return {
    requests: Math.max(clients, Math.ceil(options.requests * share)),
    warmUp: Math.floor(options.warmUp * share),
  };
}

function buildApi(log: (line: string) => void): void {
  log('building the API (npm run build -w api)…');
  const result = spawnSync('npm', ['run', 'build', '-w', 'api'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the API build failed (exit ${result.status})`);
}

async function startServers(neo4jUri: string): Promise<{ services: Service[]; tiermapUrl: string; peerUrl: string }> {
  const env = {
    NEO4J_URI: neo4jUri,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    TIERMAP_SECRET: BENCH_SECRET,
    ...NO_RATE_LIMITS,
  };
  // At LOG_LEVEL=warn the API prints only warnings and errors once ready: they go to this run's log,
  // and so does its exit, should it end before the run does.
  const api = await startApi({ ...env, HOST: '127.0.0.1', PORT: String(await freePort()) }, (line) =>
    console.log(`[bench:api] [api] ${line}`),
  );
  api.service.child.once('exit', (code, signal) =>
    console.log(`[bench:api] the API process exited (code ${code}, signal ${signal})`),
  );
  try {
    const peer = await startService({
      name: 'peer (Neo4j GraphQL Library)',
      command: process.execPath,
      args: [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'peer', 'peer-server.ts')],
      env: { ...env, PORT: String(await freePort()) },
      ready: /^TIERMAP_PEER_READY (\S+)/,
      timeoutMs: 60000,
    });
    return { services: [api.service, peer.service], tiermapUrl: api.match[1]!, peerUrl: peer.match[1]! };
  } catch (error) {
    await api.service.stop();
    throw error;
  }
}

/** Runs the benchmark; throws AnswersDifferError when the servers disagree on any read workload. */
export async function apiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const log = options.log ?? ((line: string) => console.log(`[bench:api] ${line}`));
  const started = performance.now();
  if (options.build ?? true) buildApi(log);
  const workspaces = [];
  for (const actors of options.sizes) {
    const workspace = await ensureGeneratedWorkspace(options.neo4jUri, actors, SEED, log);
    log(
      `${workspace.files.workspace.slug}: ${workspace.loadedNow ? `loaded in ${workspace.loadSeconds?.toFixed(1)} s` : 'already loaded'}`,
    );
    workspaces.push(workspace);
  }
  const { services, tiermapUrl, peerUrl } = await startServers(options.neo4jUri);
  try {
    const servers = { tiermapUrl, peerUrl };
    const health = await postGraphQL<{ health: { neo4j: { version: string | null } } }>(tiermapUrl, {
      query: '{ health { neo4j { version } } }',
    });
    const sizes: SizeResult[] = [];
    const mapPlans: ApiBenchResult['mapPlans'] = [];
    for (const workspace of workspaces) {
      const actors = workspace.files.actors.length;
      log(`${workspace.files.workspace.slug}: checking that both servers answer alike…`);
      const run = await checkSize(servers, workspace, log);
      log(`${workspace.files.workspace.slug}: timing…`);
      const planFor = (workload: { key: string }, clients: number): TimingPlan | null => {
        const budgetMs = options.budgetSeconds * 1000;
        if (workload.key === 'f') {
          const plan = mapPlan(options, actors, clients);
          return plan && { clients, budgetMs, ...plan };
        }
        const requests = actors > LARGE_MAP_ACTORS ? Math.ceil(options.requests / 2) : options.requests;
        return { clients, budgetMs, requests, warmUp: options.warmUp };
      };
      mapPlans.push({ actors, ...mapPlan(options, actors, 1)! });
      const workloads = await timeSize(servers, run, options.clients, planFor, log);
      log(`${workspace.files.workspace.slug}: database hits…`);
      const dbHits = await measureDbHits(options.neo4jUri, run.workloads);
      for (const hits of dbHits) {
        const total = (list: Array<{ dbHits: number }>) => list.reduce((sum, s) => sum + s.dbHits, 0);
        log(
          `  ${hits.key}: Tiermap ${total(hits.tiermap)} db hits in ${hits.tiermap.length} statements, peer ${hits.error ? `NOT MEASURED: ${hits.error}` : total(hits.peer)}`,
        );
      }
      sizes.push({
        actors,
        relations: workspace.files.relations.length,
        slug: workspace.files.workspace.slug,
        loadedNow: workspace.loadedNow,
        loadSeconds: workspace.loadSeconds,
        picks: run.picks,
        workloads,
        dbHits,
      });
    }
    log('writes (Tiermap alone, throwaway workspace)…');
    const writes = await benchWrites(
      tiermapUrl,
      options.neo4jUri,
      options.clients,
      (clients) => ({
        clients,
        requests: options.requests,
        warmUp: options.warmUp,
        budgetMs: options.budgetSeconds * 1000,
      }),
      log,
    );
    return {
      neo4jVersion: health.health.neo4j.version ?? 'unknown',
      sizes,
      writes,
      plan: {
        requests: options.requests,
        warmUp: options.warmUp,
        budgetSeconds: options.budgetSeconds,
        clients: options.clients,
      },
      mapPlans,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

/** The smoke run `npm test` makes: a small map and a handful of requests. */
export const SMOKE_OPTIONS = { sizes: [300], requests: 4, warmUp: 2, budgetSeconds: 5, clients: [1, 8] } as const;

async function main(): Promise<void> {
  const started = performance.now();
  const log = (line: string) => console.log(`[bench:api] ${line}`);
  const smoke = process.env.BENCH_API_SMOKE === '1' || process.argv.includes('--smoke');
  const neo4j = await benchNeo4j('bench-api', log);
  const loadBefore = os.loadavg()[0]?.toFixed(2) ?? '?';
  const calibrationBefore = `${Math.round(calibrate())} ms`;
  try {
    const options: ApiBenchOptions = smoke
      ? { neo4jUri: neo4j.uri, ...SMOKE_OPTIONS, build: process.env.BENCH_API_SKIP_BUILD !== '1' }
      : {
          neo4jUri: neo4j.uri,
          sizes: (process.env.BENCH_API_SIZES ?? '1000,10000,100000').split(',').map(Number),
          requests: Number(process.env.BENCH_API_REQUESTS ?? 200),
          warmUp: Number(process.env.BENCH_API_WARMUP ?? 20),
          budgetSeconds: Number(process.env.BENCH_API_PHASE_SECONDS ?? 6),
          clients: [1, 8],
          build: process.env.BENCH_API_SKIP_BUILD !== '1',
        };
    const result = await apiBench({ ...options, log });
    const totalSeconds = (performance.now() - started) / 1000;
    log(`done in ${totalSeconds.toFixed(0)} s`);
    if (smoke) return;
    writeSection(
      'api',
      apiBenchMarkdown(result, {
        neo4j: neo4j.local ? 'a local Neo4j started for the run' : 'NEO4J_URI',
        loadBefore,
        loadAfter: os.loadavg()[0]?.toFixed(2) ?? '?',
        calibrationBefore,
        calibrationAfter: `${Math.round(calibrate())} ms`,
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        command: `${process.env.BENCH_API_SIZES ? `BENCH_API_SIZES=${process.env.BENCH_API_SIZES} ` : ''}npm run bench:api`,
        totalSeconds: totalSeconds.toFixed(0),
      }),
    );
    log('wrote the bench:api section of BENCHMARKS.md');
  } finally {
    await neo4j.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
