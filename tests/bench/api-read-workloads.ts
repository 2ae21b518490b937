/** The read workloads of `npm run bench:api` (issue 15, a–h). */
import { actorWorkloads } from './api-actor-workloads';
import { graphWorkloads } from './api-graph-workloads';
import type { ReadWorkload, WorkloadContext } from './api-workload';

/** Workloads a–h in order. */
export function readWorkloads(context: WorkloadContext): ReadWorkload[] {
  return [...actorWorkloads(context), ...graphWorkloads(context)].sort((x, y) => (x.key < y.key ? -1 : 1));
}
