import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Environment variables the API reads; everything else has a default. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:port or neo4j+s://host')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** How long a transaction is retried on transient errors, while the database answers, before giving up. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  /** How long a connection attempt, or a probe of a database that may be down, may take. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(1000),
  /** The longest one database statement or transaction of a request may run. */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated origins allowed by CORS. */
  CORS_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173'),
  /** Signs access tokens and seals cursors; at least 32 characters. Required in production. */
  TIERMAP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The first owner (an instance administrator), made at first start when no user exists. */
  TIERMAP_ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
  TIERMAP_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').max(200).optional(),
  /** Whether anyone may create an account (open) or only invited users and the administrator (closed). */
  TIERMAP_SIGNUP: z.enum(['open', 'closed']).optional(),
  /** Lifetime of an access token, in seconds. */
  ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(30).max(86400).default(900),
  /** Lifetime of a sign-in session (its refresh cookie), in days. */
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** Days a deleted workspace can still be restored before it is purged. */
  WORKSPACE_PURGE_DAYS: z.coerce.number().min(0).max(3650).default(30),
  /**
   * The most computation one request may ask of the analytics, in reference milliseconds (each
   * distinct analysis weighed by its kind and its map's size; see analytics-budget.ts).
   */
  ANALYTICS_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(10_000),
  /** Requests per minute per signed-in account (an analysis counts 1 more per 250 reference ms). */
  RATE_LIMIT_ACCOUNT_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  /** Requests per minute per API token. */
  RATE_LIMIT_TOKEN_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  /** Requests per minute per address without valid credentials (anonymous visitors). */
  RATE_LIMIT_IP_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(600),
  /**
   * Seconds per minute that one account, token or address may keep the API busy (the time from a
   * request's arrival to its answer, summed): 60 lets a client that sends one request at a time
   * never reach it, and one that sends many at once share the server with the others.
   */
  RATE_LIMIT_BUSY_S_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(60),
  /**
   * GraphQL requests run at once by one API process; more wait, the requester served least
   * recently first, and while several requesters use the API those who ask constantly hold one
   * place per two cores together (the rest stays for those who ask now and then). Two per core by
   * default, at least 4: a request spends much of its time waiting on Neo4j, and with one per core
   * (2 here) eight clients reading lists got half the throughput of the Neo4j GraphQL Library on
   * the same database (BENCHMARKS.md, bench:api).
   */
  MAX_CONCURRENT_REQUESTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(Math.max(4, 2 * availableParallelism())),
  /** Sign-in, sign-up and refresh attempts per minute per address. */
  RATE_LIMIT_SIGNIN_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(30),
  /**
   * Proxies in front of the API whose X-Forwarded-For is trusted: 0 (the socket's address is the
   * client's), or how many hops, counted from the right of the header.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Host names (with or without port) requests may be addressed to, comma-separated; `*` for any.
   * Default: the loopback names, plus HOST when it is a name. Health checks answer any host.
   */
  ALLOWED_HOSTS: z.string().optional(),
});

export type Config = Readonly<{
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  neo4j: Readonly<{
    uri: string;
    user: string | undefined;
    password: string | undefined;
    database: string | undefined;
    retryMs: number;
    connectTimeoutMs: number;
    queryTimeoutMs: number;
  }>;
  logLevel: string;
  corsOrigins: readonly string[];
  limits: Readonly<{
    analyticsMaxCost: number;
    maxConcurrentRequests: number;
    /**
     * Of those, how many requesters that ask constantly may hold together while others use the API
     * (FairGate's heavyPlaces): one per two cores; more would only share the same cores and slow
     * every request down (BENCHMARKS.md, bench:load).
     */
    heavyRequestPlaces: number;
    /** Per rule: how many units per window (the window is 10 s, sign-ins 60 s). */
    rates: Readonly<
      Record<'account' | 'token' | 'ip' | 'signIn' | 'time', Readonly<{ limit: number; windowS: number }>>
    >;
    trustProxy: number;
    /** Lower-case host names allowed in the Host header; null for any. */
    allowedHosts: readonly string[] | null;
  }>;
  auth: Readonly<{
    /** Undefined outside production when not set: a random secret is made for the process. */
    secret: string | undefined;
    adminEmail: string | undefined;
    adminPassword: string | undefined;
    signUp: boolean;
    accessTokenTtlS: number;
    sessionTtlDays: number;
    workspacePurgeDays: number;
  }>;
}>;

/** A configuration problem, with every wrong variable listed in one message. */
export class ConfigError extends Error {}

/** Parses the environment once at start-up; throws a ConfigError naming each invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if ((e.NEO4J_USER === undefined) !== (e.NEO4J_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: set both NEO4J_USER and NEO4J_PASSWORD, or neither');
  }
  if ((e.TIERMAP_ADMIN_EMAIL === undefined) !== (e.TIERMAP_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: set both TIERMAP_ADMIN_EMAIL and TIERMAP_ADMIN_PASSWORD, or neither');
  }
  if (e.NODE_ENV === 'production' && e.TIERMAP_SECRET === undefined) {
    throw new ConfigError('Invalid configuration: TIERMAP_SECRET: required in production (at least 32 characters)');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      retryMs: e.NEO4J_RETRY_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    limits: {
      analyticsMaxCost: e.ANALYTICS_MAX_COST,
      maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
      heavyRequestPlaces: Math.max(1, Math.floor(availableParallelism() / 2)),
      rates: {
        account: perTenSeconds(e.RATE_LIMIT_ACCOUNT_PER_MIN),
        token: perTenSeconds(e.RATE_LIMIT_TOKEN_PER_MIN),
        ip: perTenSeconds(e.RATE_LIMIT_IP_PER_MIN),
        signIn: { limit: e.RATE_LIMIT_SIGNIN_PER_MIN, windowS: 60 },
        // Milliseconds of busy time per 2-second window: short, so that a client over it waits
        // a moment rather than crowding the server for seconds and then pausing.
        time: { limit: Math.ceil((e.RATE_LIMIT_BUSY_S_PER_MIN * 1000) / 30), windowS: 2 },
      },
      trustProxy: e.TRUST_PROXY,
      allowedHosts: allowedHosts(e.ALLOWED_HOSTS, e.HOST),
    },
    auth: {
      secret: e.TIERMAP_SECRET,
      adminEmail: e.TIERMAP_ADMIN_EMAIL,
      adminPassword: e.TIERMAP_ADMIN_PASSWORD,
      signUp: (e.TIERMAP_SIGNUP ?? (e.NODE_ENV === 'production' ? 'closed' : 'open')) === 'open',
      accessTokenTtlS: e.ACCESS_TOKEN_TTL_S,
      sessionTtlDays: e.SESSION_TTL_DAYS,
      workspacePurgeDays: e.WORKSPACE_PURGE_DAYS,
    },
  };
}

/** A per-minute rate as a limit per 10-second window (so a burst cannot spend a whole minute's). */
function perTenSeconds(perMinute: number): { limit: number; windowS: number } {
  return { limit: Math.max(1, Math.ceil(perMinute / 6)), windowS: 10 };
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function allowedHosts(listed: string | undefined, host: string): string[] | null {
  if (listed !== undefined) {
    const names = listed
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name.length > 0);
    return names.includes('*') ? null : names;
  }
  const bound = host.toLowerCase();
  return ['0.0.0.0', '::', ...LOOPBACK_HOSTS, '::1'].includes(bound) ? LOOPBACK_HOSTS : [...LOOPBACK_HOSTS, bound];
}
