/**
 * One map size of `npm run bench:api`: picks the workloads' parameters, checks that Tiermap and the
 * peer answer each read workload with the same data, then times both, interleaved, at each client count.
 */
import type { GeneratedWorkspace } from './generated-workspace';
import { pickWorkloads, type WorkloadPicks } from './api-workload-picks';
import { readWorkloads } from './api-read-workloads';
import type { CheckOutcome, ReadWorkload } from './api-workload';
import { postGraphQL } from './graphql-post';
import { timeInterleaved, type TimedSeries, type TimingPlan } from './interleaved-timing';

export interface WorkloadResult {
  key: string;
  title: string;
  approximation: string | null;
  check: CheckOutcome;
  timings: Array<{ clients: number; series: TimedSeries }>;
  /** Client counts not run for this workload at this size. */
  skipped: number[];
}

export interface SizeRun {
  workloads: ReadWorkload[];
  picks: WorkloadPicks;
  checks: Array<{ workload: ReadWorkload; check: CheckOutcome }>;
}

export interface Servers {
  tiermapUrl: string;
  peerUrl: string;
}

/** A check that failed, with every difference of every workload of the size. */
export class AnswersDifferError extends Error {}

/** Builds the workloads of a loaded map and checks both servers' answers (throws AnswersDifferError). */
export async function checkSize(
  servers: Servers,
  workspace: GeneratedWorkspace,
  log: (line: string) => void,
): Promise<SizeRun> {
  const picks = pickWorkloads(workspace.files);
  const found = await postGraphQL<{ actors: { edges: Array<{ node: { id: string; externalId: string } }> } }>(
    servers.tiermapUrl,
    {
      query: `query($ws: ID!, $ext: [String!]) { actors(workspace: $ws, filter: { externalIds: $ext }) { edges { node { id externalId } } } }`,
      variables: { ws: workspace.id, ext: [picks.hub, picks.centre] },
    },
  );
  const idOf = (externalId: string) => {
    const id = found.actors.edges.find((edge) => edge.node.externalId === externalId)?.node.id;
    if (!id) throw new Error(`actor ${externalId} is not in workspace ${workspace.files.workspace.slug}`);
    return id;
  };
  const workloads = readWorkloads({
    ws: workspace.id,
    picks,
    hubId: idOf(picks.hub),
    centreId: idOf(picks.centre),
    ...servers,
  });
  const checks: SizeRun['checks'] = [];
  for (const workload of workloads) {
    const [tiermap, peer] = await Promise.all([
      postGraphQL(servers.tiermapUrl, workload.tiermap),
      postGraphQL(servers.peerUrl, workload.peer),
    ]);
    const check = await workload.check(tiermap, peer);
    log(`  ${workload.key}: ${check.differences.length === 0 ? 'same answers' : 'ANSWERS DIFFER'} (${check.compared})`);
    for (const line of check.differences) log(`     ${line}`);
    checks.push({ workload, check });
  }
  const failed = checks.filter((c) => c.check.differences.length > 0);
  if (failed.length > 0) {
    throw new AnswersDifferError(
      `Tiermap and the peer answer differently on ${workspace.files.workspace.slug}:\n${failed
        .map((c) => `${c.workload.key} ${c.workload.title}:\n  ${c.check.differences.join('\n  ')}`)
        .join('\n')}`,
    );
  }
  return { workloads, picks, checks };
}

/** Times each checked workload at each client count; `planFor` may shrink a plan (e.g. for the whole map). */
export async function timeSize(
  servers: Servers,
  run: SizeRun,
  clientCounts: readonly number[],
  planFor: (workload: ReadWorkload, clients: number) => TimingPlan | null,
  log: (line: string) => void,
): Promise<WorkloadResult[]> {
  const results: WorkloadResult[] = [];
  for (const { workload, check } of run.checks) {
    const timings: WorkloadResult['timings'] = [];
    const skipped: number[] = [];
    for (const clients of clientCounts) {
      const plan = planFor(workload, clients);
      if (!plan) {
        skipped.push(clients);
        log(`  ${workload.key} × ${clients}: not run at this size`);
        continue;
      }
      const series = await timeInterleaved(
        {
          tiermap: () => postGraphQL(servers.tiermapUrl, workload.tiermap),
          peer: () => postGraphQL(servers.peerUrl, workload.peer),
        },
        plan,
      );
      const peer = series.peer!;
      log(
        `  ${workload.key} × ${clients}: Tiermap p50 ${series.tiermap.p50.toFixed(1)} ms, peer p50 ${peer.p50.toFixed(1)} ms, ratio ${(series.tiermap.p50 / peer.p50).toFixed(2)} (${series.tiermap.count} each${series.cutShort ? ', cut short by the time budget' : ''})`,
      );
      timings.push({ clients, series });
    }
    results.push({
      key: workload.key,
      title: workload.title,
      approximation: workload.approximation ?? null,
      check,
      timings,
      skipped,
    });
  }
  return results;
}
