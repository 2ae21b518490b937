import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { analyticsBudget } from './analytics/analytics-budget';
import { FairGate } from './guards/fair-gate';
import { analyticsResponseCache } from './analytics/analytics-response-cache';
import { closeAnalyticsService } from './analytics/analytics-service';
import { installServerKeys, ServerKeys } from './auth/secrets';
import { SYSTEM, type Viewer } from './auth/viewer';
import type { Config } from './config';
import type { ApiContext, HttpSide } from './context';
import type { Database } from './db/run-query';
import { ClientError, type ErrorCode } from './errors';
import {
  answerHttpError,
  clarifiedRequestError,
  requestFailuresAre400,
  writeClientError,
  writeJsonError,
} from './http-errors';
import {
  answerNodeRefusals,
  BODY_IDLE_MS,
  guardRequestBody,
  HTTP_SERVER_OPTIONS,
  MAX_BODY,
  MAX_BODY_BYTES,
} from './http-limits';
import { interchangeRoutes, UPLOAD_PATH } from './modules/import/interchange.http';
import { IMPORT_MAX_BYTES } from './services/import-jobs.service';
import { rateLimitPlugin } from './guards/rate-limit-plugin';
import { RateLimiter } from './guards/rate-limiter';
import { RefusalPacer } from './guards/refusal-pacer';
import { clientAddress, hostAllowed, introspectionForMembers } from './guards/request-guards';
import { createLoaders } from './loaders/create-loaders';
import type { Logger } from './logger';
import { RequestDrain } from './request-drain';
import { securityHeaders, setSecurityHeaders } from './security-headers';
import { Access } from './services/access.service';
import { AccountService } from './services/account.service';
import { WorkspaceService } from './services/workspace.service';

export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
  schema: GraphQLSchema;
}

export interface TiermapServer {
  readonly app: Express;
  readonly apollo: ApolloServer<ApiContext>;
  readonly accounts: AccountService;
  readonly workspaces: WorkspaceService;
  /** Builds a context the way an HTTP request would (for in-process tests; SYSTEM by default). */
  contextFor(requestId?: string, viewer?: Viewer): ApiContext;
  /** Binds the HTTP port; resolves with the address actually used. */
  listen(port: number, host: string): Promise<{ server: Server; url: string }>;
  /**
   * Shuts down gracefully: new requests are answered 503 at once, those in flight finish (for at most
   * `drainMs`, 10 s by default), then the HTTP server, Apollo and the analytics workers stop.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** The most tokens a query may have (a larger one is QUERY_TOO_COMPLEX, before any work). */
const MAX_TOKENS = 5000;

/** Codes produced by graphql-js/Apollo for malformed requests; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Client errors keep their message and code; errors from graphql-js about the request itself keep
 * theirs; everything else is masked so that no stack trace or driver message reaches a client.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ClientError) {
      const { http: _http, ...extensions } = original.extensions;
      return { ...formatted, message: original.message, extensions };
    }
    if (/^Syntax Error: .*contains more tha[nt] \d+ tokens/i.test(formatted.message)) {
      return { message: `The query has more than ${MAX_TOKENS} tokens`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    if (/^Syntax Error: .*limit of \d+ exceeded/i.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    const clarified = clarifiedRequestError(formatted, original);
    if (clarified) return clarified;
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      REQUEST_ERROR_CODES.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError))
    ) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error(
      {
        err: original instanceof Error ? { message: original.message, stack: original.stack } : original,
        path: formatted.path,
      },
      'unexpected error',
    );
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Wires Express, Apollo and the health endpoints; does not listen (tests use it in-process). */
export async function createServer(deps: ServerDeps): Promise<TiermapServer> {
  const { config, db, logger, schema } = deps;
  const keys = new ServerKeys(config.auth.secret, config.auth.accessTokenTtlS);
  installServerKeys(keys);
  const access = new Access(db, keys);
  const accounts = new AccountService(db, keys, {
    signUp: config.auth.signUp,
    sessionTtlDays: config.auth.sessionTtlDays,
  });
  const workspaces = new WorkspaceService(db, config.auth.workspacePurgeDays);
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POST responses that no cache revalidates: hashing each body for an ETag
  // (megabytes for an analytics answer) buys nothing.
  app.set('etag', false);
  // POST /graphql is served without Express's router (see graphqlFastPath); it is assigned once
  // Apollo has started, and every other request goes to the Express app.
  let graphqlFastPath: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  // Every answer, whichever path writes it, leaves with the security headers; bodies that are too
  // large or stall are refused here, before any parser reads them.
  const answerHeaders = securityHeaders(config.env);
  const drain = new RequestDrain();
  const httpServer = createHttpServer(HTTP_SERVER_OPTIONS, (req, res) => {
    setSecurityHeaders(res, answerHeaders);
    if (drain.refuse(req, res)) return;
    if (!hostAllowed(req.headers.host, config.limits.allowedHosts) && !isHealthPath(req.url)) {
      writeJsonError(res, 421, 'BAD_REQUEST', 'This API does not answer for that Host; see ALLOWED_HOSTS');
      return;
    }
    const upload = req.method === 'POST' && isUploadPath(req.url);
    if (guardRequestBody(req, res, BODY_IDLE_MS, upload ? IMPORT_MAX_BYTES : MAX_BODY_BYTES)) return;
    if (graphqlFastPath && isGraphQLPath(req.url)) graphqlFastPath(req, res);
    else app(req, res);
  });
  answerNodeRefusals(httpServer, answerHeaders);

  // A requester that waits 100 ms between requests counts as asking seldom (see FairGate).
  const requestGate = new FairGate(config.limits.maxConcurrentRequests, {
    lightAfterMs: 100,
    heavyPlaces: config.limits.heavyRequestPlaces,
  });
  const gatePlaces = new WeakMap<IncomingMessage, () => void>();
  // Requests per account, API token and address, shared with the other API processes.
  const limiter = new RateLimiter(db, config.limits.rates, logger);
  limiter.start();
  // Refusals to a requester that keeps asking before its Retry-After are answered up to 1 s late.
  const refusals = new RefusalPacer();

  // Limits on what one request may ask for; rejections are reported as QUERY_TOO_COMPLEX.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 50000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    // Counted by graphql-js's own parser (parseOptions below): armor's token plugin parses the
    // query in a plugin hook, where any syntax error became a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    // index.ts owns shutdown (close HTTP, then the driver, then exit); a second handler races it.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      ...armor.plugins,
      // Requests in flight were already waited for (RequestDrain): only lingering sockets are left.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 1000 }),
      // No resolver sets cache hints; the default plugin would still wrap every field resolver of
      // every response (tens of thousands on a large analytics answer) to compute a policy.
      ApolloServerPluginCacheControlDisabled(),
      analyticsBudget(config.limits.analyticsMaxCost),
      analyticsResponseCache(),
      rateLimitPlugin(limiter),
      introspectionForMembers(config.env === 'production'),
      requestFailuresAre400(),
    ],
  });
  await apollo.start();

  const contextFor = (
    requestId: string = randomUUID(),
    viewer: Viewer = SYSTEM,
    http: HttpSide = { refreshCookie: undefined, setRefreshCookie: () => undefined },
  ): ApiContext => ({
    db,
    logger: logger.child({ requestId }),
    requestId,
    viewer,
    loaders: createLoaders(db, viewer),
    accounts,
    workspaces,
    http,
    analyticsScopes: new Map(),
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  const secureCookie = config.env === 'production';
  const requestContext = async ({ req, res }: { req: IncomingMessage; res: ServerResponse }) => {
    const clientIp = clientAddress(req, config.limits.trustProxy);
    const viewer = await access
      .viewerFor({
        authorization: req.headers.authorization,
        viewerHeader: typeof req.headers['x-tiermap-viewer'] === 'string' ? req.headers['x-tiermap-viewer'] : undefined,
      })
      .catch(async (error: unknown) => {
        // Wrong credentials count against the address they come from.
        await limiter.take('ip', clientIp);
        throw withHttpStatus(error);
      });
    return contextFor(
      typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : undefined,
      viewer,
      {
        refreshCookie: readCookie(req.headers.cookie, REFRESH_COOKIE),
        clientIp,
        leaveRequestGate: gatePlaces.get(req),
        setRefreshCookie: (secret, expiresAt) =>
          res.setHeader('set-cookie', refreshCookie(secret, expiresAt, secureCookie)),
      },
    );
  };
  const corsHandler = cors({
    origin: [...config.corsOrigins],
    credentials: true,
    exposedHeaders: [BOOKMARK_HEADER, 'retry-after'],
  });
  const jsonHandler = express.json({ limit: MAX_BODY });
  /**
   * Rate limits, before the body is read or anyone is looked up (a refusal costs little): every
   * request takes one unit of its account's, API token's or address's allowance, and the time until
   * its answer counts against the same requester's busy-time allowance. False when refused (answered
   * 429 with Retry-After). Preflights are not counted.
   */
  const admit = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method === 'OPTIONS') return true;
    const clientIp = clientAddress(req, config.limits.trustProxy);
    const { rule, subject } = await access.rateSubjectOf(
      {
        authorization: req.headers.authorization,
        viewerHeader: typeof req.headers['x-tiermap-viewer'] === 'string' ? req.headers['x-tiermap-viewer'] : undefined,
      },
      clientIp,
    );
    const requester = `${rule}:${subject}`;
    try {
      await limiter.admit('time', requester);
      await limiter.take(rule, subject);
    } catch (error) {
      if (!(error instanceof ClientError)) throw error;
      const retryAfterMs = Number(error.extensions.retryAfterSeconds ?? 0) * 1000;
      refusals.hold(
        error.extensions.code === 'RATE_LIMITED' ? refusals.delayFor(requester, retryAfterMs) : 0,
        () => writeClientError(res, error),
        (release) => res.once('close', release),
      );
      return false;
    }
    const arrived = performance.now();
    res.once('close', () => void limiter.spend('time', requester, Math.round(performance.now() - arrived)));
    // At most so many requests run at once; when more wait, the requester served least recently
    // goes next (a client sending one request at a time is not queued behind a crowd's).
    const leave = await requestGate.enter(requester);
    if (res.destroyed || res.writableFinished) {
      // The client went away while it waited.
      leave();
      return false;
    }
    res.once('close', leave);
    gatePlaces.set(req, leave);
    return true;
  };
  app.use(
    '/graphql',
    (req, res, next) => void admit(req, res).then((admitted) => admitted && next(), next),
    corsHandler,
    jsonHandler,
    expressMiddleware(apollo, { context: requestContext }),
  );
  // Files in and out (uploads for startImport, export downloads): the same limits and credentials.
  app.use(
    [UPLOAD_PATH, '/import/jobs', '/export'],
    (req, res, next) => void admit(req, res).then((admitted) => admitted && next(), next),
    corsHandler,
  );
  app.use(
    interchangeRoutes({
      db,
      logger,
      viewerOf: (req) =>
        access
          .viewerFor({
            authorization: req.headers.authorization,
            viewerHeader:
              typeof req.headers['x-tiermap-viewer'] === 'string' ? req.headers['x-tiermap-viewer'] : undefined,
          })
          .catch(async (error: unknown) => {
            await limiter.take('ip', clientAddress(req, config.limits.trustProxy));
            throw withHttpStatus(error);
          }),
    }),
  );
  // Whatever no route answers, or fails before GraphQL, is answered in JSON with a code.
  app.use((req, res) => writeJsonError(res, 404, 'NOT_FOUND', `No such route: ${req.method} ${req.path}`));
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) =>
    answerHttpError(res, error, logger),
  );
  graphqlFastPath = (req, res) => {
    const onError = (error: unknown) => answerHttpError(res, error, logger);
    const next = (step: () => void) => (error?: unknown) => (error ? onError(error) : step());
    // The same middlewares as the Express route, then what @as-integrations/express5 does.
    admit(req, res).then((admitted) => {
      if (!admitted) return;
      (corsHandler as RequestHandler)(
        req as express.Request,
        res as express.Response,
        next(() =>
          (jsonHandler as RequestHandler)(
            req as express.Request,
            res as express.Response,
            next(() => {
              const given = bookmarksOf(req, keys);
              if (given === null) {
                writeJsonError(res, 400, 'BAD_REQUEST', 'X-Tiermap-Bookmark is not a bookmark this API gave');
                return;
              }
              // Reads wait for the writes the client's bookmark names; a write answers with its own.
              db.causally(given, () =>
                answerGraphQL(apollo, req, res, requestContext, () => {
                  const written = db.writtenBookmarks();
                  return written.length > 0 ? [[BOOKMARK_HEADER, keys.seal(JSON.stringify(written))]] : [];
                }),
              ).catch(onError);
            }),
          ),
        ),
      );
    }, onError);
  };

  return {
    app,
    apollo,
    accounts,
    workspaces,
    contextFor,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve({ server: httpServer, url: `http://${host}:${actualPort}/graphql` });
        });
      }),
    stop: async ({ drainMs = 10_000 } = {}) => {
      await drain.drain(drainMs);
      await apollo.stop();
      await limiter.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // The analytics worker threads and caches belong to this server's connection.
      await closeAnalyticsService(db);
    },
  };
}

/**
 * An error raised before any resolver runs (deciding who the request is) answers the whole request:
 * with 401 when the credentials are wrong (so HTTP clients know to sign in again), 503 when the
 * database could not be asked.
 */
function withHttpStatus(error: unknown): unknown {
  if (!(error instanceof ClientError)) return error;
  const status = ({ UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 } as Record<string, number>)[
    String(error.extensions.code)
  ];
  if (!status) return error;
  return new ClientError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, http: { status } });
}

/** The httpOnly cookie that holds a sign-in session's refresh secret (never readable by scripts). */
export const REFRESH_COOKIE = 'tiermap_refresh';

function refreshCookie(secret: string | null, expiresAt: string | undefined, secure: boolean): string {
  const attributes = ['HttpOnly', 'SameSite=Strict', 'Path=/graphql', ...(secure ? ['Secure'] : [])];
  if (secret === null) return [`${REFRESH_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
  const maxAge = expiresAt ? Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000)) : 0;
  return [`${REFRESH_COOKIE}=${secret}`, `Max-Age=${maxAge}`, ...attributes].join('; ');
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

/**
 * Carries Neo4j bookmarks between a client and the API processes: a write's answer holds the
 * bookmark of its commit, sealed with the deployment's secret; a request that brings it back reads
 * at least that commit, through whichever process serves it.
 */
export const BOOKMARK_HEADER = 'x-tiermap-bookmark';

/** The bookmarks a request brought (none: empty); null when the header is not one this API sealed. */
function bookmarksOf(req: IncomingMessage, keys: ServerKeys): string[] | null {
  const header = req.headers[BOOKMARK_HEADER];
  if (header === undefined || header === '') return [];
  if (typeof header !== 'string' || header.length > 4096) return null;
  const opened = keys.unseal(header);
  if (opened === null) return null;
  try {
    const bookmarks: unknown = JSON.parse(opened);
    return Array.isArray(bookmarks) && bookmarks.every((one) => typeof one === 'string')
      ? (bookmarks as string[])
      : null;
  } catch {
    return null;
  }
}

/** Health checks answer whatever Host a prober sends (they tell nothing about the data). */
function isHealthPath(url: string | undefined): boolean {
  return url === '/healthz' || url === '/readyz';
}

/** Whether a request posts a file upload (with or without a query string). */
function isUploadPath(url: string | undefined): boolean {
  return url === UPLOAD_PATH || (url?.startsWith(`${UPLOAD_PATH}?`) ?? false);
}

/** Whether a request is for the GraphQL endpoint itself (with or without a query string). */
function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || (url?.startsWith('/graphql?') ?? false);
}

/**
 * Runs one HTTP request through Apollo and writes its answer, as @as-integrations/express5 does but
 * without Express's router and response helpers: about 0.15 ms less per request on this machine,
 * most of a small read's fixed cost.
 */
async function answerGraphQL(
  apollo: ApolloServer<ApiContext>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  context: (args: { req: IncomingMessage; res: ServerResponse }) => Promise<ApiContext>,
  moreHeaders: () => Array<[string, string]> = () => [],
): Promise<void> {
  if (!('body' in req)) {
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      '`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.',
    );
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.includes('?') ? url.slice(url.indexOf('?')) : '',
      body: req.body,
    },
    context: () => context({ req, res }),
  });
  for (const [key, value] of [...answer.headers, ...moreHeaders()]) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
