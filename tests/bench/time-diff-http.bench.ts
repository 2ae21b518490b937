/**
 * The whole `analytics { diff }` request over HTTP on the generated 10,000-actor map with the
 * generator's timeline (lifespans, former names, dated tie states, successions) loaded into Neo4j:
 * what a client waits for, graph load and GraphQL included, against the analytics cold budget.
 * Cold: the analytics caches emptied before each run (`invalidate`), the worker threads started and
 * the JIT settled by uncounted runs first. Prints its figures; `npx tsx tests/bench/time-diff-http.bench.ts`
 * (NEO4J_URI, or a local Neo4j started for the run). Needs the built API (`npm run build -w api`).
 */
import { availableParallelism, loadavg } from 'node:os';
import { LOCAL_EDITOR } from '../../api/src/auth/viewer';
import { applyMigrations } from '../../api/src/db/migrations';
import { findWorkspaceSummary } from '../../api/src/repositories/workspace.repository';
import { generateGraph } from '../../graph-seed/src/generate-graph';
import { loadGraphFiles } from '../../graph-seed/src/load-graph';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';
import { BENCH_SECRET } from './bench-auth';
import { benchNeo4j } from './bench-neo4j';
import { compiledApi } from './compiled-api';
import { benchDatabase } from './generated-workspace';

const ACTORS = Number(process.env.BENCH_DIFF_ACTORS ?? 10_000);
const SEED = 42;
const WARM_UP_RUNS = 3;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const BUDGET_MS = 3000;

/** Every record and measure field of the diff, as the changes view asks for them (ids and counts). */
const DIFF_QUERY = `query Diff($ws: ID!) {
  analytics(workspace: $ws) {
    diff(from: "2015", to: "2020") {
      addedRelationIds endedRelationIds addedActorIds endedActorIds
      changedRelations { relationId } renamedActors { actorId } successions { kind }
      brokerageChanges(limit: 100) { actorId betweennessFrom betweennessTo }
      betweennessMethod betweennessErrorBound
      gapsOpened { theme countries lowerTier upperTier } gapsClosed { theme countries lowerTier upperTier }
      communityChanges { kind communitySize } fundingChanges { kind funderId recipientId shareFrom }
      deliveryWithoutVoiceAppeared { civilSocietyActorId } deliveryWithoutVoiceEnded { civilSocietyActorId }
    }
  }
}`;

const log = (line: string) => console.log(`[bench:time-diff-http] ${line}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function loadTimelineMap(uri: string): Promise<string> {
  const files = generateGraph({ actors: ACTORS, seed: SEED, timeline: true });
  const db = benchDatabase(uri, 'bench-loader');
  try {
    await applyMigrations(db);
    const slug = `${files.workspace.slug}-timeline`;
    const existing = await findWorkspaceSummary(db, LOCAL_EDITOR, slug);
    if (existing && existing.actorCount === files.actors.length) return existing.id;
    log(`loading ${files.actors.length} actors and ${files.relations.length} relations with their timeline…`);
    const report = await loadGraphFiles(db, { ...files, workspace: { ...files.workspace, slug } }, { reset: true });
    return report.workspaceId;
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const neo4j = await benchNeo4j('time-diff-http', log);
  const api = compiledApi({ production: true });
  try {
    const workspace = await loadTimelineMap(neo4j.uri);
    const config = api.loadConfig({
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.uri,
      LOG_LEVEL: 'warn',
      TIERMAP_SECRET: BENCH_SECRET,
      ...NO_RATE_LIMITS,
    });
    const logger = api.createLogger('warn');
    const db = new api.Database(api.createDriver(config.neo4j), logger, config.neo4j.database);
    const service = api.analyticsServiceFor(db, {});
    const server = await api.createServer({ config, db, logger, schema: await api.createSchema() });
    const { url } = await server.listen(0, '127.0.0.1');
    const cold = async () => {
      service.invalidate(workspace);
      const cpu = process.cpuUsage();
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DIFF_QUERY, variables: { ws: workspace } }),
      });
      const body = (await response.json()) as {
        data?: { analytics: { diff: Record<string, unknown[]> } };
        errors?: unknown;
      };
      const ms = performance.now() - started;
      if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000, diff: body.data.analytics.diff };
    };
    try {
      log(
        `load average at the start: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}; ${availableParallelism()} cores`,
      );
      const first = await cold();
      log(`first request after start: ${first.ms.toFixed(0)} ms`);
      const counts = Object.entries(first.diff)
        .filter(([, value]) => Array.isArray(value))
        .map(([key, value]) => `${key} ${value.length}`)
        .join(', ');
      log(`answer: ${counts}; betweenness ${String(first.diff.betweennessMethod)}`);
      for (let run = 0; run < WARM_UP_RUNS; run++) await cold();
      const runs = [];
      for (let run = 0; run < COLD_RUNS; run++) runs.push(await cold());
      const wall = runs.map((r) => r.ms);
      const cpu = runs.map((r) => r.cpuMs);
      log(
        `cold request, wall: median ${median(wall).toFixed(0)} ms, min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)} (${COLD_RUNS} runs); budget < ${BUDGET_MS} ms: ${median(wall) < BUDGET_MS ? 'met' : 'missed'}`,
      );
      log(`cold request, CPU of the API process (every thread): median ${median(cpu).toFixed(0)} ms`);
      log(
        `load average at the end: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}`,
      );
    } finally {
      await server.stop();
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
