import type { Viewer } from './auth/viewer';
import type { Database } from './db/run-query';
import type { Loaders } from './loaders/create-loaders';
import type { Logger } from './logger';

/** What every resolver receives, built fresh for each request. */
export interface ApiContext {
  readonly db: Database;
  readonly logger: Logger;
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly loaders: Loaders;
}
