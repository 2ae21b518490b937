import type { GraphData } from '../graph/analytics-graph';
import type { EngineOutcome } from './analytics-engine';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';

/** What the API thread asks of the analytics worker. Messages arrive in order, so `run` after `load` sees the graph. */
export type WorkerRequest =
  | { type: 'load'; key: string; data: GraphData }
  | { type: 'drop'; key: string }
  | { type: 'run'; id: number; key: string; filter: AnalyticsFilter; job: AnalyticsJob };

/** The worker's answer to one `run`. */
export interface WorkerResponse {
  id: number;
  outcome: EngineOutcome;
}
