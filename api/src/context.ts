import type { AnalyticsScope } from './analytics/analytics-service';
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
  /** Analytics scopes (workspace and data revision) opened by this request, by workspace argument. */
  readonly analyticsScopes?: Map<string, Promise<AnalyticsScope>>;
}
