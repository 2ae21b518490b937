import type { AnalyticsScope } from './analytics/analytics-service';
import type { Viewer } from './auth/viewer';
import type { Database } from './db/run-query';
import type { Loaders } from './loaders/create-loaders';
import type { Logger } from './logger';
import type { AccountService } from './services/account.service';
import type { WorkspaceService } from './services/workspace.service';

/** The HTTP side of a request that account mutations need: the refresh cookie in and out. */
export interface HttpSide {
  /** The refresh secret sent in the `tiermap_refresh` cookie, if any. */
  readonly refreshCookie: string | undefined;
  /** Sets (a secret and its expiry) or clears (null) the refresh cookie on the response. */
  setRefreshCookie(secret: string | null, expiresAt?: string): void;
  /** The client's address (the socket's, or the one a trusted proxy names; see TRUST_PROXY). */
  readonly clientIp?: string;
  /**
   * Gives up the request's place among those the API runs at once (see MAX_CONCURRENT_REQUESTS):
   * an analytics request waits for its computation in the analytics' own queue instead.
   */
  readonly leaveRequestGate?: () => void;
}

/** What every resolver receives, built fresh for each request. */
export interface ApiContext {
  readonly db: Database;
  readonly logger: Logger;
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly loaders: Loaders;
  readonly accounts: AccountService;
  readonly workspaces: WorkspaceService;
  readonly http: HttpSide;
  /** Analytics scopes (workspace and data revision) opened by this request, by workspace argument. */
  readonly analyticsScopes?: Map<string, Promise<AnalyticsScope>>;
}
