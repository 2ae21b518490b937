/**
 * The diff of two dates on the generated 10,000-actor map with its timeline (generateGraph's
 * `timeline`): lifespans, renames, successions and dated tie states. Times what a worker thread does for `analytics { diff }` once the
 * graph is loaded: a fresh LoadedGraph (no view or derived value cached) running the diff job, the
 * way a cold request runs it; then the measure diff (`diffMeasures`: brokerage, gaps, communities,
 * funding, delivery without voice on both dates) the same way, and both jobs in one graph as a
 * request selecting every field runs them (on two threads they run side by side; here one after the
 * other, the worst case). Run: `npx tsx tests/bench/time-diff.bench.ts` (no database needed).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { normaliseFilter } from '../../api/src/analytics/analytics-job';
import { LoadedGraph } from '../../api/src/analytics/loaded-graph';
import type { MeasureDiff } from '../../api/src/graph/measure-diff';
import type { TimeDiff } from '../../api/src/graph/time-diff';
import { generateGraph } from '../../graph-seed/src/generate-graph';
import { toGraphData } from './analytics.bench';

const ACTORS = 10_000;
const SEED = 42;
const RUNS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  console.log(
    `load average at the start: ${loadavg()
      .map((v) => v.toFixed(1))
      .join(', ')}`,
  );
  const data = toGraphData(generateGraph({ actors: ACTORS, seed: SEED, timeline: true }));
  const filter = normaliseFilter(null);
  const job = { kind: 'diff', from: '2015', to: '2020' } as const;
  // A fresh data object and LoadedGraph each run, so that no derived value or filtered view is reused.
  const once = (): { ms: number; result: TimeDiff } => {
    const graph = new LoadedGraph({ ...data });
    const started = performance.now();
    const result = graph.run(filter, job) as TimeDiff;
    return { ms: performance.now() - started, result };
  };
  const first = once();
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(once().ms);
  const r = first.result;
  const dated = data.actors.filter((a) => a.since || a.until).length;
  const renamed = data.actors.filter((a) => a.formerNames).length;
  const stated = data.relations.filter((rel) => rel.states).length;
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(
    `map: ${data.actors.length} actors (${dated} with a lifespan, ${renamed} with a former name), ${data.relations.length} relations (${stated} with dated states), ${data.successions!.length} successions`,
  );
  console.log(
    `diff 2015 → 2020: ${r.addedRelationIds.length} relations added, ${r.endedRelationIds.length} ended, ${r.addedActorIds.length} actors added, ${r.endedActorIds.length} ended, ${r.changedRelations.length} state changes, ${r.renamedActors.length} renamed, ${r.successions.length} successions`,
  );
  console.log(`first run (cold JIT): ${first.ms.toFixed(0)} ms`);
  report('diff job, cold', runs);

  const measuresJob = { kind: 'diffMeasures', from: '2015', to: '2020' } as const;
  // CPU time beside wall time: on a shared machine the wall time mostly measures the other sessions.
  const measureCpu: number[] = [];
  const measuresOnce = (): { ms: number; result: MeasureDiff } => {
    const graph = new LoadedGraph({ ...data });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = graph.run(filter, measuresJob) as MeasureDiff;
    const used = process.cpuUsage(cpu);
    measureCpu.push((used.user + used.system) / 1000);
    return { ms: performance.now() - started, result };
  };
  const firstMeasures = measuresOnce();
  const measureRuns: number[] = [];
  const bothRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    measureRuns.push(measuresOnce().ms);
    const graph = new LoadedGraph({ ...data });
    const started = performance.now();
    graph.run(filter, job);
    graph.run(filter, measuresJob);
    bothRuns.push(performance.now() - started);
  }
  const m = firstMeasures.result;
  console.log(
    `measures 2015 → 2020: betweenness ${m.betweennessMethod}${m.betweennessErrorBound === null ? '' : ` ±${m.betweennessErrorBound.toFixed(3)} at ${m.betweennessErrorConfidence}`}, ${m.brokerageChanges.length} brokerage movers kept (largest |delta| ${Math.abs(m.brokerageChanges[0]?.delta ?? 0).toFixed(4)}), ${m.gapsOpened.length} gaps opened, ${m.gapsClosed.length} closed, ${m.communityChanges.filter((c) => c.kind === 'MERGED').length} communities merged, ${m.communityChanges.filter((c) => c.kind === 'SPLIT').length} split, ${m.fundingChanges.length} funding changes, ${m.deliveryWithoutVoiceAppeared.length} delivery-without-voice cases appeared, ${m.deliveryWithoutVoiceEnded.length} ended`,
  );
  console.log(`measure diff, first run (cold JIT): ${firstMeasures.ms.toFixed(0)} ms`);
  report('measure diff job, cold', measureRuns);
  report('measure diff job, cold, CPU time of the process', measureCpu.slice(1));
  report('diff + measure diff on one thread, cold', bothRuns);
  console.log(
    `load average at the end: ${loadavg()
      .map((v) => v.toFixed(1))
      .join(', ')}`,
  );
}

function report(label: string, runs: readonly number[]): void {
  console.log(
    `${label}: median ${median(runs).toFixed(0)} ms, min ${Math.min(...runs).toFixed(0)} ms, max ${Math.max(...runs).toFixed(0)} ms (${runs.length} runs)`,
  );
}

if (require.main === module) main();
