/**
 * An in-process API wired to the test database (NEO4J_URI, set by the global setup), plus a tiny
 * GraphQL-over-HTTP caller. Each test file creates its own and closes it in afterAll.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../api/src/config';
import { createDriver } from '../../api/src/db/driver';
import { Database } from '../../api/src/db/run-query';
import { createLogger } from '../../api/src/logger';
import { createSchema } from '../../api/src/schema';
import { createServer, type TiermapServer } from '../../api/src/server';
import { NO_RATE_LIMITS } from './rate-limits';

export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }>;
}

export interface TestApi {
  readonly server: TiermapServer;
  readonly db: Database;
  /** Base URL, e.g. http://127.0.0.1:53211 */
  readonly origin: string;
  /**
   * Posts one operation as the test administrator (an owner of every workspace), unless
   * `options.headers` say otherwise (an `authorization` of their own, or `x-tiermap-viewer: anonymous`).
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { headers?: Record<string, string> },
  ): Promise<GraphQLAnswer<T>>;
  /** The test administrator (null when the API was pointed at a database that is not there). */
  readonly admin: TestUser | null;
  /** Makes a user (not an administrator) and signs it in; returns its id and headers. */
  signUpUser(label: string): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  headers: Record<string, string>;
}

/**
 * Starts the API on a free loopback port; `neo4jUri` overrides the test database (e.g. to a dead
 * port), `env` sets more configuration variables (e.g. a lower limit).
 */
export async function startTestApi(
  options: { neo4jUri?: string; retryMs?: number; env?: Record<string, string> } = {},
): Promise<TestApi> {
  const uri = options.neo4jUri ?? process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the integration global setup should have started Neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: uri,
    NEO4J_RETRY_MS: String(options.retryMs ?? 2000),
    NEO4J_CONNECT_TIMEOUT_MS: '2000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...(process.env.NEO4J_USER
      ? { NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD }
      : {}),
    ...NO_RATE_LIMITS,
    ...options.env,
  });
  const logger = createLogger(config.logLevel);
  const db = new Database(createDriver(config.neo4j), logger, config.neo4j.database, {
    retryMs: config.neo4j.retryMs,
    probeTimeoutMs: config.neo4j.connectTimeoutMs,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
  });
  const server = await createServer({ config, db, logger, schema: await createSchema() });
  const { server: http } = await server.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const signUpUser = async (label: string, admin = false): Promise<TestUser> => {
    const email = `${label}-${randomUUID().slice(0, 8)}@test.tiermap.org`.toLowerCase();
    const password = `pw-${randomUUID()}`;
    const user = await server.accounts.createUser({ email, password, name: label, admin });
    const { accessToken } = await server.accounts.signIn(email, password);
    return { id: user.id, email, password, headers: { authorization: `Bearer ${accessToken}` } };
  };
  // Against a database that is not there (outage tests), requests go as an anonymous visitor.
  const admin = options.neo4jUri ? null : await signUpUser('test-admin', true);
  return {
    server,
    db,
    origin,
    gql: async <T>(
      query: string,
      variables: Record<string, unknown> = {},
      call: { headers?: Record<string, string> } = {},
    ) => {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: {
          ...(call.headers && ('authorization' in call.headers || 'x-tiermap-viewer' in call.headers)
            ? {}
            : (admin?.headers ?? {})),
          ...call.headers,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLAnswer<T>;
    },
    admin,
    signUpUser: (label) => signUpUser(label),
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** An answer with its HTTP side: status and headers (rate limits, bookmarks), and the body. */
export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: GraphQLAnswer<T>;
}

/** Posts one operation with exactly these headers (no administrator added) and keeps the HTTP side. */
export async function postAs<T = Record<string, unknown>>(
  api: Pick<TestApi, 'origin'>,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<HttpAnswer<T>> {
  const response = await fetch(`${api.origin}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLAnswer<T> };
}
