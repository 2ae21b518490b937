/** The write phase of `npm run bench:api`: Tiermap's mutations in a throwaway workspace, removed afterwards. */
import { purgeWorkspace } from '../../api/src/repositories/workspace.repository';
import { writeWorkloads } from './api-write-workloads';
import { benchAdminHeaders } from './bench-auth';
import { benchDatabase } from './generated-workspace';
import { postGraphQL } from './graphql-post';
import { timeInterleaved, type TimedSeries, type TimingPlan } from './interleaved-timing';

export interface WriteResult {
  key: string;
  title: string;
  timings: Array<{ clients: number; series: TimedSeries }>;
}

const perClient = (total: number, clients: number) => (total > 0 ? Math.max(1, Math.ceil(total / clients)) : 0);

/** Times each write workload at each client count, then purges the workspace it wrote to. */
export async function benchWrites(
  tiermapUrl: string,
  neo4jUri: string,
  clientCounts: readonly number[],
  planFor: (clients: number) => TimingPlan,
  log: (line: string) => void,
): Promise<WriteResult[]> {
  const slug = `bench-api-writes-${Date.now()}`;
  const headers = await benchAdminHeaders(neo4jUri);
  const created = await postGraphQL<{ createWorkspace: { id: string } }>(
    tiermapUrl,
    {
      query: 'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
      variables: { input: { slug, title: 'bench:api writes (removed at the end of the run)' } },
    },
    headers,
  );
  const ws = created.createWorkspace.id;
  try {
    const results: WriteResult[] = [];
    for (const workload of writeWorkloads(tiermapUrl, ws, headers)) {
      const timings: WriteResult['timings'] = [];
      for (const clients of clientCounts) {
        const plan = planFor(clients);
        const send = await workload.prepare(
          clients,
          perClient(plan.warmUp, clients) + perClient(plan.requests, clients),
        );
        const series = await timeInterleaved({ tiermap: send }, plan);
        log(
          `  ${workload.key} ${workload.title} × ${clients}: p50 ${series.tiermap.p50.toFixed(1)} ms (${series.tiermap.count})`,
        );
        timings.push({ clients, series });
      }
      results.push({ key: workload.key, title: workload.title, timings });
    }
    return results;
  } finally {
    const db = benchDatabase(neo4jUri, 'bench-api');
    try {
      await purgeWorkspace(db, ws);
    } finally {
      await db.close();
    }
  }
}
