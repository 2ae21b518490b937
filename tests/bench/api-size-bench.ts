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
  /** `series.peer` is null when the peer could not answer the check request (Tiermap is then timed alone). */
  timings: Array<{ clients: number; series: TimedSeries }>;
  /** Client counts not run for this workload at this size, and why. */
  skipped: Array<{ clients: number; reason: string }>;
  /** Requests a server could not answer (an error instead of data), with the server named. */
  failures: string[];
}

export interface SizeRun {
  workloads: ReadWorkload[];
  picks: WorkloadPicks;
  checks: Array<{
    workload: ReadWorkload;
    check: CheckOutcome;
    failed: { tiermap: string | null; peer: string | null };
  }>;
}

export interface Servers {
  tiermapUrl: string;
  peerUrl: string;
}

/** A check that failed, with every difference of every workload of the size. */
export class AnswersDifferError extends Error {}

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error: error instanceof Error ? error.message : String(error) }),
  );

/**
 * Builds the workloads of a loaded map and checks both servers' answers: throws AnswersDifferError when
 * they differ. A server that answers with an error instead (e.g. the database's transaction memory
 * limit) is recorded, not compared, and the run goes on.
 */
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
      settle(postGraphQL(servers.tiermapUrl, workload.tiermap)),
      settle(postGraphQL(servers.peerUrl, workload.peer)),
    ]);
    const failed = { tiermap: tiermap.error, peer: peer.error };
    if (failed.tiermap || failed.peer) {
      const what = [failed.tiermap && `Tiermap: ${failed.tiermap}`, failed.peer && `the peer: ${failed.peer}`];
      const compared = `not compared: ${what.filter(Boolean).join('; ')}`;
      log(`  ${workload.key}: SERVER FAILED, ${compared}`);
      checks.push({ workload, check: { compared, differences: [] }, failed });
      continue;
    }
    const check = await workload.check(tiermap.value, peer.value);
    log(`  ${workload.key}: ${check.differences.length === 0 ? 'same answers' : 'ANSWERS DIFFER'} (${check.compared})`);
    for (const line of check.differences) log(`     ${line}`);
    checks.push({ workload, check, failed });
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
  for (const { workload, check, failed } of run.checks) {
    const timings: WorkloadResult['timings'] = [];
    const skipped: WorkloadResult['skipped'] = [];
    const failures = [
      ...(failed.tiermap ? [`Tiermap, check request: ${failed.tiermap}`] : []),
      ...(failed.peer ? [`peer, check request: ${failed.peer}`] : []),
    ];
    for (const clients of clientCounts) {
      const plan = planFor(workload, clients);
      const reason = failed.tiermap ? 'Tiermap failed the check request' : plan ? null : 'not run at this size';
      if (!plan || reason) {
        skipped.push({ clients, reason: reason ?? '' });
        log(`  ${workload.key} × ${clients}: ${reason}`);
        continue;
      }
      try {
        const series = await timeInterleaved(
          {
            tiermap: () => postGraphQL(servers.tiermapUrl, workload.tiermap),
            ...(failed.peer ? {} : { peer: () => postGraphQL(servers.peerUrl, workload.peer) }),
          },
          plan,
        );
        const peer = series.peer
          ? `peer p50 ${series.peer.p50.toFixed(1)} ms, ratio ${(series.tiermap.p50 / series.peer.p50).toFixed(2)}`
          : 'peer not timed';
        log(
          `  ${workload.key} × ${clients}: Tiermap p50 ${series.tiermap.p50.toFixed(1)} ms, ${peer} (${series.tiermap.count} each${series.cutShort ? ', cut short by the time budget' : ''})`,
        );
        timings.push({ clients, series });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        skipped.push({ clients, reason: 'a request failed' });
        failures.push(`${clients} client${clients === 1 ? '' : 's'}: ${message}`);
        log(`  ${workload.key} × ${clients}: A REQUEST FAILED: ${message}`);
      }
    }
    results.push({
      key: workload.key,
      title: workload.title,
      approximation: workload.approximation ?? null,
      check,
      timings,
      skipped,
      failures,
    });
  }
  return results;
}
