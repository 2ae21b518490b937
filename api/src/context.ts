import type { Database } from './db/run-query';
import type { Logger } from './logger';

/** What every resolver receives, built fresh for each request. */
export interface ApiContext {
  readonly db: Database;
  readonly logger: Logger;
  readonly requestId: string;
}
