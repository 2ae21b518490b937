/** The bench:api section of BENCHMARKS.md. */
import os from 'node:os';
import type { ApiBenchResult, SizeResult } from './api.bench';
import { sectionMarkers } from './benchmarks-file';
import type { LatencyStats } from './latency-stats';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const figures = (s: LatencyStats) => `${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${rate(s.rps)}`;

/** Issue 15's targets for a read workload at a size and client count, with whether they were met. */
function targets(size: number, key: string, clients: number, tiermap: LatencyStats, ratio: number): string {
  if (size < 10_000) return '—';
  const parts: string[] = [];
  const maxRatio = key === 'f' ? 0.5 : 1.0;
  parts.push(`ratio ≤ ${maxRatio.toFixed(1)}: ${verdict(ratio <= maxRatio)}`);
  if (size === 10_000 && clients === 1 && (key === 'b' || key === 'd')) {
    parts.push(`p50 < 20 ms: ${verdict(tiermap.p50 < 20)}`);
  }
  return parts.join('; ');
}

function sizeSection(size: SizeResult): string {
  const p = size.picks;
  const rows = size.workloads.flatMap((w) => [
    ...w.timings.map(({ clients, series }) => {
      const target = (ratio: number) => targets(size.actors, w.key, clients, series.tiermap, ratio);
      const n = `${series.tiermap.count}${series.cutShort ? '*' : ''}`;
      if (!series.peer) {
        return `| ${w.key}. ${w.title} | ${clients} | ${figures(series.tiermap)} | peer failed (below) |||| — | ${n} | — |`;
      }
      const ratio = series.tiermap.p50 / series.peer.p50;
      return `| ${w.key}. ${w.title} | ${clients} | ${figures(series.tiermap)} | ${figures(series.peer)} | **${ratio.toFixed(2)}** | ${n} | ${target(ratio)} |`;
    }),
    ...w.skipped.map(({ clients, reason }) => `| ${w.key}. ${w.title} | ${clients} | ${reason} |||||||||| — | — |`),
  ]);
  const failures = size.workloads.flatMap((w) => w.failures.map((f) => `- ${w.key}. ${f}`));
  return `### ${count(size.actors)} actors, ${count(size.relations)} relations (\`${size.slug}\`, ${
    size.loadedNow ? `loaded for this run in ${size.loadSeconds?.toFixed(0)} s` : 'already loaded'
  })

Parameters picked from the generated map (tests/bench/api-workload-picks.ts): tier ${p.tier} + theme \`${p.theme}\`;
search prefix "${p.prefix}" (${p.prefixHits} actors); relation type ${p.relationType}; actor \`${p.hub}\` with ${p.hubDegree}
relations (${p.hubTypeCount} of them ${p.hubType}); 2-hop centre \`${p.centre}\` (${p.centreReach} actors within two steps).

| workload | clients | Tiermap p50 | p95 | p99 | rps | peer p50 | p95 | p99 | rps | ratio (p50) | requests each | target |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
${failures.length > 0 ? `\nRequests answered with an error instead of data:\n\n${failures.join('\n')}\n` : ''}`;
}

function dbHitRows(result: ApiBenchResult): string {
  return result.sizes
    .flatMap((size) =>
      size.dbHits.map((hits) => {
        const total = (list: Array<{ dbHits: number }>) => list.reduce((sum, s) => sum + s.dbHits, 0);
        if (hits.error && hits.tiermap.length === 0) {
          return `| ${count(size.actors)} | ${hits.key} | not measured: ${hits.error.slice(0, 200)} |||| — |`;
        }
        const [mine, theirs] = [total(hits.tiermap), total(hits.peer)];
        const statements = hits.tiermap.map((s) => `${s.name} ${count(s.dbHits)}`).join(', ');
        const peer = hits.error
          ? `not measured: ${hits.error.slice(0, 200)}`
          : `${count(theirs)} (${hits.peer.length} statement${hits.peer.length === 1 ? '' : 's'})`;
        return `| ${count(size.actors)} | ${hits.key} | ${statements} | ${count(mine)} | ${peer} | ${hits.error ? '—' : (mine / theirs).toFixed(2)} |`;
      }),
    )
    .join('\n');
}

/** The whole section, markers included. */
export function apiBenchMarkdown(result: ApiBenchResult, context: Record<string, string>): string {
  const { begin, end } = sectionMarkers('api');
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const first = result.sizes[0];
  const approximations = (first?.workloads ?? []).filter((w) => w.approximation);
  const compared = (first?.workloads ?? []).map((w) => `${w.key}: ${w.check.compared}`);
  const writes = result.writes.flatMap((w) =>
    w.timings.map(
      ({ clients, series }) =>
        `| ${w.key}. ${w.title} | ${clients} | ${figures(series.tiermap)} | ${series.tiermap.count}${series.cutShort ? '*' : ''} |`,
    ),
  );
  const { plan } = result;
  return `${begin}
## API against the Neo4j GraphQL Library (tests/bench/api.bench.ts)

Machine: ${cpu}, ${os.availableParallelism()} cores shared with other work, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB,
Node.js ${process.version}, Neo4j ${result.neo4jVersion} Community (${context.neo4j}). Load average (1 min) before / after:
${context.loadBefore} / ${context.loadAfter}; CPU calibration (10⁸-step loop, as in \`npm run bench\`) before / after:
${context.calibrationBefore} / ${context.calibrationAfter} (≈100 ms on an idle modern core). Date: ${context.date}.
Command: \`${context.command}\` (${context.totalSeconds} s in all, loading included).

Tiermap is the built API (api/dist, rebuilt at the start of the run) in its own process with NODE_ENV=production and
LOG_LEVEL=warn. Since accounts (issue 16) Tiermap reads as an anonymous visitor of the public generated maps, which is
what the peer serves (its answers are the same): every statement keeps its visibility conditions, and no account is
looked up; the writes go as an administrator signed in for the run (one indexed lookup of the user, the session and the
roles per request). The peer is \`@neo4j/graphql\` 7.6.3 behind Apollo Server 5's standalone server, in its own process
(tests/bench/peer/): an \`Actor\` node type and a \`Relates\` relationship-properties type over the properties Tiermap
stores, no \`@cypher\` fields, no authorization or subscriptions — every request is one Cypher statement generated by
the library. Both read the same database and the same generated maps (graph-seed generator, seed 42, four relations
per actor). Requests are GraphQL POSTs with \`content-type: application/json\` to 127.0.0.1.

- Before timing, each read workload is sent to both servers and the answers compared (the run stops with an error when
  they differ); what was compared, at the first size: ${compared.join('; ')}.
- Then each workload is timed **interleaved**: every client loop sends one request to each server in turn (which one
  goes first alternates), after ${plan.warmUp} uncounted requests per server, with ${plan.requests} measured requests
  per server (split over the clients) or until ${plan.budgetSeconds} s have passed (marked \\*). The whole map (f) gets
  fewer: ${result.mapPlans.map((m) => `${m.requests} measured after ${m.warmUp} at ${count(m.actors)} actors`).join(', ')}
  (the check's request comes first in any case), and above 20,000 actors one client only: eight peers building a
  100,000-actor answer at once would take minutes and gigabytes. Above 50,000 actors the other reads get half the requests.
  1 client, then ${plan.clients.filter((c) => c > 1).join(', ')} concurrent clients (async loops in the benchmark's process).
- **rps**: requests a server answered per second of client time spent waiting on it (clients ÷ mean latency);
  interleaving gives each server about half the wall-clock time, which this does not count against it.
- **ratio** = Tiermap p50 ÷ peer p50 (below 1: Tiermap is faster). The machine is shared and noisy: compare the
  ratios of one interleaved run rather than absolute times across runs.
- Targets (issue 15): ratio ≤ 1.0 for every read at 10,000 and 100,000 actors, whole map (f) ratio ≤ 0.5, and 2-hop (d)
  and search (b) p50 < 20 ms at 10,000 actors (at 1 client).

${result.sizes.map(sizeSection).join('\n')}
### Writes (Tiermap alone)

The peer's generated \`createActors\` / \`updateActors\` write without version checks, validation or change records, so
they are not the same work and are not timed. Writes go to a throwaway workspace (created with \`createWorkspace\`,
purged at the end). \`updateActor\` passes \`expectedVersion\` (each client updates its own actor); \`createRelation\`
joins a fresh pair of actors each time (so no duplicate is refused).

| workload | clients | p50 | p95 | p99 | rps | requests |
|---|---|---|---|---|---|---|
${writes.join('\n')}

### Database hits per request

Each read workload's request sent once more to both servers run in the benchmark's process over a recording driver;
every statement sent is then run again with PROFILE and the db hits of its plan summed
(tests/bench/profile-driver.ts). Tiermap's statements are named as in api/src/db/queries.

| actors | workload | Tiermap statements (db hits) | Tiermap total | peer total | ratio |
|---|---|---|---|---|---|
${dbHitRows(result)}

### Where the comparison is approximate

${approximations.map((w) => `- **${w.key}. ${w.title}**: ${w.approximation}`).join('\n')}
${end}`;
}
