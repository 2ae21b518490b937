/**
 * Exact brokers on the 10,000-actor map (issue 20, point 3): `npx tsx tests/bench/exact-brokers.bench.ts`
 * (BENCH_ACTORS to change the size). Runs the analytics code path without GraphQL or the database:
 * the worker engine's threads and the service's `BackgroundBetweenness`, exactly as
 * `AnalyticsService.brokers` drives them.
 *
 * 1. the first brokers answer (sampled, 500 pivots) in the worker threads;
 * 2. the background run: exact betweenness summed in parts (`betweennessPart` jobs) on both threads,
 *    until the answer can be EXACT_FROM_CACHE;
 * 3. the brokers answer from those values;
 * 4. the oracle: graphology-metrics' exact Brandes (an independent implementation that matches networkx
 *    on the cross-check graphs), on this thread — its top 20 must equal the top 20 served from the cache.
 * Prints its section and writes it to BENCHMARKS.md (`npm run bench` keeps it).
 */
import os from 'node:os';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { normaliseFilter, type JobResult } from '../../api/src/analytics/analytics-job';
import { BackgroundBetweenness } from '../../api/src/analytics/background-betweenness';
import { WorkerAnalyticsEngine } from '../../api/src/analytics/worker-analytics-engine';
import type { EngineOutcome } from '../../api/src/analytics/analytics-engine';
import { buildCooperativeGraph } from '../../api/src/graph/analytics-graph';
import { syntheticGraph } from '../unit/analytics/synthetic-graph';
import { sectionMarkers, writeSection } from './benchmarks-file';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);

function parsed<T>(outcome: EngineOutcome): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return JSON.parse(outcome.json) as T;
}

async function main(): Promise<void> {
  const data = syntheticGraph(ACTORS, 42);
  const filter = normaliseFilter(null);
  const engine = new WorkerAnalyticsEngine();
  const key = 'bench';
  engine.load(key, data);
  const brokersJob = { kind: 'brokers' as const, top: 20, actorId: null, exact: null };
  type TopBrokers = JobResult<typeof brokersJob>;

  // Warm the threads and the JIT on a throw-away answer, so the first timed answer is the cold one
  // of a running server (a new graph revision), not the start of a process.
  engine.load('warm', syntheticGraph(2000, 1));
  await engine.run('warm', filter, { kind: 'brokers', top: 20, actorId: null });
  engine.drop('warm');

  let started = performance.now();
  const sampled = parsed<TopBrokers>(await engine.run(key, filter, brokersJob));
  const sampledMs = performance.now() - started;

  const background = new BackgroundBetweenness();
  started = performance.now();
  const exactValues = await new Promise<readonly number[]>((resolve, reject) => {
    const viewKey = 'bench\u0000{}';
    background.start(viewKey, { workspaceId: 'bench', graphRevision: '1' }, sampled.actorCount, {
      part: async (first, count) =>
        parsed<{ sums: number[] }>(await engine.run(key, filter, { kind: 'betweennessPart', first, count })).sums,
      stillCurrent: () => true,
      onReady: () => {
        const values = background.lookup(viewKey);
        if (Array.isArray(values)) resolve(values);
        else reject(new Error('ready without values'));
      },
    });
  });
  const backgroundMs = performance.now() - started;

  started = performance.now();
  const fromCache = parsed<TopBrokers>(await engine.run(key, filter, { ...brokersJob, exact: exactValues }));
  const fromCacheMs = performance.now() - started;
  await engine.close();

  started = performance.now();
  const graph = buildCooperativeGraph(data);
  const oracle = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const oracleMs = performance.now() - started;
  const oracleTop = Object.entries(oracle)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 20);

  const servedTop = fromCache.actors.map((row) => row.actorId);
  const equal = servedTop.every((id, i) => id === oracleTop[i]?.[0]);
  const maxDifference = Math.max(
    ...fromCache.actors.map((row) => Math.abs(row.betweenness - (oracle[row.actorId] ?? 0))),
  );
  const sampledInExactTop = sampled.actors.filter((row) => oracleTop.some(([id]) => id === row.actorId)).length;
  const sampledSameRank = sampled.actors.filter((row, i) => oracleTop[i]?.[0] === row.actorId).length;
  const twentieth = oracleTop[19]?.[1] ?? 0;
  const twentyFirst = Object.values(oracle).sort((a, b) => b - a)[20] ?? 0;

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const { begin, end } = sectionMarkers('exact-brokers');
  const section = `${begin}
## Exact brokers on the 10,000-actor map (tests/bench/exact-brokers.bench.ts)

Map: \`generate-graph.ts\` seed 42, ${data.actors.length.toLocaleString('en')} actors, ${data.relations.length.toLocaleString('en')} relations (${sampled.actorCount.toLocaleString('en')} ranked).
Engine code path without GraphQL or the database (the graph load is in the Analytics section): the
worker engine's ${Math.min(2, os.availableParallelism())} thread(s) and the service's \`BackgroundBetweenness\`, as \`AnalyticsService.brokers\` drives them.
One run (\`npx tsx tests/bench/exact-brokers.bench.ts\`), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${os.loadavg()[0]?.toFixed(2)}.

| step | time |
|---|---|
| first answer: sampled, ${sampled.pivots} pivots, error bound ±${sampled.errorBound?.toFixed(3)} at 95 % | ${ms(sampledMs)} |
| exact betweenness summed in the background (${Math.ceil(sampled.actorCount / Math.max(1, Math.floor(2_000_000 / sampled.actorCount)))} parts on the worker threads) | ${ms(backgroundMs)} |
| answer from the cached exact values (EXACT_FROM_CACHE: ranking + 20 rows) | ${ms(fromCacheMs)} |
| oracle: graphology-metrics exact Brandes, one thread | ${ms(oracleMs)} |

Top 20 served from the cache ${equal ? '**equal**' : '**differ from**'} the oracle's top 20 (same actors, same order); largest
difference of a top-20 value from the oracle's: ${maxDifference.toExponential(1)}. The 20th and 21st exact values are
${twentieth.toFixed(5)} and ${twentyFirst.toFixed(5)}. For comparison, the sampled first answer had ${sampledInExactTop} of the exact top 20
in its top 20, ${sampledSameRank} at the right rank.

Exact within the 3 s cold budget is out of reach on this machine: all sources took ${ms(backgroundMs)} of wall
time here even spread over both threads. The first answer after a change is therefore sampled (and
says so, with \`exactPending: true\`), and every answer after the background run is exact.
${end}`;
  console.log(section);
  writeSection('exact-brokers', section);
  if (!equal) process.exitCode = 1;
}

void main();
