import type { EngineOutcome } from './analytics-engine';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';

/**
 * What the API thread asks of an analytics worker. Messages arrive in order, so `run` after `load`
 * sees the graph. A graph travels as JSON text (`encodeGraph`): serialised once for all workers, and
 * copying a string costs the API thread far less than structured-cloning 50,000 objects per worker.
 */
export type WorkerRequest =
  | { type: 'load'; key: string; json: string }
  | { type: 'drop'; key: string }
  | { type: 'run'; id: number; key: string; filter: AnalyticsFilter; job: AnalyticsJob };

/** The worker's answer to one `run`. */
export interface WorkerResponse {
  id: number;
  outcome: EngineOutcome;
}
