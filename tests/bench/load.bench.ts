/**
 * `npm run bench:load`: a load run against the built API (issue 17). Several accounts — editors signed
 * in, editors with API tokens, anonymous readers — hammer a generated map with mixed reads, writes and
 * analytics for 60 s (autocannon, loopback only) while a well-behaved client keeps to a modest rate;
 * its latencies are compared with its own unloaded p95. Writes the bench:load section of BENCHMARKS.md.
 *
 * Neo4j: NEO4J_URI, or a local one started for the run. Options (environment): BENCH_LOAD_ACTORS
 * (default 2000), BENCH_LOAD_SECONDS (loaded phase, default 60), BENCH_LOAD_CONNECTIONS (per hammering
 * account, default 3), BENCH_LOAD_SKIP_BUILD=1.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { ROOT, startApi } from '../../scripts/processes';
import { freePort } from '../helpers/free-port';
import { pickWorkloads } from './api-workload-picks';
import { BENCH_SECRET, benchAdminHeaders } from './bench-auth';
import { benchNeo4j } from './bench-neo4j';
import { writeSection } from './benchmarks-file';
import { calibrate } from './calibrate';
import { ensureGeneratedWorkspace, type GeneratedWorkspace } from './generated-workspace';
import { postGraphQL } from './graphql-post';
import { loadAccounts } from './load-accounts';
import { loadBenchMarkdown } from './load-bench-markdown';
import { hammer } from './load-hammer';
import { EDITOR_MIX, READER_MIX, type LoadTargets, type OwnActor } from './load-operations';
import { runSteadyClient, type SteadyClientPlan } from './load-steady-client';
import { summariseLoad } from './load-summary';

/** A seed of its own, so the load run's writes never touch the maps other benchmarks measure. */
const SEED = 17;
const UNLOADED_SECONDS = 30;
const WARM_UP_SECONDS = 5;
/** The well-behaved client's pace, alone and under load: at most 5 requests per second. */
const STEADY_INTERVAL_MS = 200;
const HAMMER_ACCOUNTS = { sessions: 2, tokens: 2, anonymous: 1 };
const log = (line: string) => console.log(`[bench:load] ${line}`);

/** Search words, tiers and neighbourhood centres from the generated map, with the API's ids. */
async function loadTargets(url: string, workspace: GeneratedWorkspace): Promise<LoadTargets> {
  const { files } = workspace;
  const picks = pickWorkloads(files);
  const spread = (count: number) =>
    Array.from({ length: count }, (_, i) => files.actors[Math.floor((i * files.actors.length) / count)]!);
  const prefixes = [
    picks.prefix,
    ...spread(7).map((actor) =>
      actor.name
        .toLowerCase()
        .split(/[^\p{L}]+/u)[0]!
        .slice(0, 4),
    ),
  ].filter((word) => word.length >= 3);
  const centres = [picks.centre, picks.hub, ...spread(6).map((actor) => actor.externalId)];
  const found = await postGraphQL<{ actors: { edges: Array<{ node: { id: string } }> } }>(url, {
    query: `query($ws: ID!, $ext: [String!]) { actors(workspace: $ws, filter: { externalIds: $ext }, first: 50) { edges { node { id } } } }`,
    variables: { ws: workspace.id, ext: centres },
  });
  return {
    ws: workspace.id,
    prefixes,
    tiers: [...new Set(files.actors.map((actor) => actor.tier))].sort(),
    centreIds: found.actors.edges.map((edge) => edge.node.id),
  };
}

/** `count` actors of the map with their versions, each to be written by one client only. */
async function ownActors(url: string, ws: string, count: number): Promise<OwnActor[]> {
  const page = await postGraphQL<{ actors: { edges: Array<{ node: OwnActor }> } }>(url, {
    query: `query($ws: ID!, $n: Int!) { actors(workspace: $ws, first: $n, orderBy: NAME_ASC) { edges { node { id version } } } }`,
    variables: { ws, n: count },
  });
  if (page.actors.edges.length < count) throw new Error(`the map has fewer than ${count} actors to write`);
  return page.actors.edges.map((edge) => edge.node);
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  return `${cpu}, ${os.availableParallelism()} cores shared with other work, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, Node.js ${process.version}; load average (1 min) at the start ${os.loadavg()[0]?.toFixed(2)}, CPU calibration (10⁸-step loop) ${Math.round(calibrate())} ms (≈100 on an idle modern core)`;
}

/** Seconds since `from`, and the 1-minute load average, for the report's timeline. */
const mark = (from: number) =>
  `${((performance.now() - from) / 1000).toFixed(0)} s (load average ${os.loadavg()[0]?.toFixed(1)})`;

async function main(): Promise<void> {
  const started = performance.now();
  const timeline: string[] = [];
  const actors = Number(process.env.BENCH_LOAD_ACTORS ?? 2000);
  const loadedSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
  const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 3);
  if (process.env.BENCH_LOAD_SKIP_BUILD !== '1') {
    log('building the API (npm run build -w api)…');
    const build = spawnSync('npm', ['run', 'build', '-w', 'api'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`the API build failed (exit ${build.status})`);
    timeline.push(`API built at ${mark(started)}`);
  }
  const machineLine = machine();
  const neo4j = await benchNeo4j('bench-load', log);
  try {
    timeline.push(`Neo4j up at ${mark(started)}`);
    const workspace = await ensureGeneratedWorkspace(neo4j.uri, actors, SEED, log);
    timeline.push(`map ready at ${mark(started)}`);
    // At LOG_LEVEL=warn every line the API prints after it is ready is a warning or an error.
    const apiLog = { ready: false, lines: 0, first: [] as string[] };
    const { service, match } = await startApi(
      {
        NEO4J_URI: neo4j.uri,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        TIERMAP_SECRET: BENCH_SECRET,
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
      },
      (line) => {
        if (!apiLog.ready) apiLog.ready = line.startsWith('TIERMAP_API_READY');
        else if (line.trim()) {
          apiLog.lines += 1;
          if (apiLog.first.length < 2) apiLog.first.push(line.slice(0, 300));
        }
      },
    );
    try {
      const url = match[1]!;
      const health = await postGraphQL<{ health: { neo4j: { version: string | null } } }>(url, {
        query: '{ health { neo4j { version } } }',
      });
      const targets = await loadTargets(url, workspace);
      const admin = await benchAdminHeaders(neo4j.uri);
      const [steadyAccount, ...accounts] = await loadAccounts(url, admin, workspace.id, {
        ...HAMMER_ACCOUNTS,
        sessions: HAMMER_ACCOUNTS.sessions + 1,
      });
      const writers = accounts.filter((a) => a.via !== 'anonymous').length;
      const [steadyActor, ...pool] = await ownActors(url, workspace.id, 1 + writers * connections);
      const steadyPlan: SteadyClientPlan = {
        url,
        headers: steadyAccount!.headers,
        targets,
        actorId: steadyActor!.id,
        warmUpMs: WARM_UP_SECONDS * 1000,
        durationMs: UNLOADED_SECONDS * 1000,
        // The same pace as under load: only the load differs between the two phases.
        intervalMs: STEADY_INTERVAL_MS,
        localAddress: '127.0.0.2',
      };
      log(`unloaded: the well-behaved client alone for ${UNLOADED_SECONDS} s (after ${WARM_UP_SECONDS} s warm-up)…`);
      timeline.push(`API and accounts ready, unloaded phase from ${mark(started)}`);
      const unloaded = await runSteadyClient(steadyPlan);
      timeline.push(`loaded phase from ${mark(started)}`);
      log(`loaded: ${accounts.length} accounts × ${connections} connections for ${loadedSeconds} s…`);
      const hammers = Promise.all(
        accounts.map((account, i) =>
          hammer(url, targets, {
            label: `${account.label} (${account.via})`,
            headers: account.headers,
            connections,
            mix: account.via === 'anonymous' ? READER_MIX : EDITOR_MIX,
            actors: pool.slice(i * connections, (i + 1) * connections),
            durationS: loadedSeconds,
          }),
        ),
      );
      // The client's process takes about a second to start; it stops two seconds before the hammering does.
      const loaded = await runSteadyClient({
        ...steadyPlan,
        warmUpMs: 0,
        durationMs: (loadedSeconds - 3) * 1000,
        intervalMs: STEADY_INTERVAL_MS,
      });
      const results = await hammers;
      timeline.push(`done at ${mark(started)}`);
      const summary = summariseLoad(unloaded, loaded, results, UNLOADED_SECONDS * 1000, loadedSeconds * 1000);
      const totalSeconds = (performance.now() - started) / 1000;
      // The API reads its limits (RATE_LIMIT_*, MAX_CONCURRENT_REQUESTS, ANALYTICS_*) from this environment: a run with others says so.
      const settings = Object.entries(process.env)
        .filter(([name]) => /^(BENCH_LOAD_|RATE_LIMIT_|MAX_CONCURRENT_|ANALYTICS_)/.test(name))
        .map(([name, value]) => `${name}=${value} `)
        .join('');
      writeSection(
        'load',
        loadBenchMarkdown(summary, {
          machine: machineLine,
          neo4j: `${health.health.neo4j.version ?? 'unknown'} Community (${neo4j.local ? 'a local Neo4j started for the run' : 'NEO4J_URI'})`,
          date: new Date().toISOString().slice(0, 16).replace('T', ' '),
          command: `${settings}npm run bench:load`,
          totalSeconds,
          timeline: timeline.join(', '),
          actors: workspace.files.actors.length,
          relations: workspace.files.relations.length,
          slug: workspace.files.workspace.slug,
          loaded: workspace.loadedNow
            ? `loaded for this run in ${workspace.loadSeconds?.toFixed(0)} s`
            : 'already loaded',
          accounts: `the well-behaved editor (signed in); ${accounts.map((a) => `${a.label} (${a.via}, ${connections} connections)`).join('; ')}`,
          unloadedSeconds: UNLOADED_SECONDS,
          loadedSeconds,
          steadyIntervalMs: STEADY_INTERVAL_MS,
          hammers: results,
          apiLog,
        }),
      );
      for (const [name, value] of Object.entries(summary.verdicts)) log(`${name}: ${value}`);
      log(`wrote the bench:load section of BENCHMARKS.md (${totalSeconds.toFixed(0)} s in all)`);
    } finally {
      await service.stop();
    }
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
