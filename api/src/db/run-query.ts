import { AsyncLocalStorage } from 'node:async_hooks';
import { isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type Driver, type Session, type Transaction } from 'neo4j-driver';
import { ClientError, ConflictError, ServiceUnavailableError } from '../errors';
import type { Logger } from '../logger';
import { Availability } from './availability';
import { PROBE } from './queries/system.queries';
import type { Query } from './query';
import { toPlain } from './to-plain';

/** How many runs readSettled makes, at most, for two in a row that agree. */
const SETTLED_READ_RUNS = 10;

/** A transaction handed to multi-statement work; runs named queries only. */
export interface Tx {
  run<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]>;
}

/** The bookmarks a request brought, and those of the last write it committed. */
interface CausalScope {
  readonly given: readonly string[];
  latest: string[];
}

/** Names of the statements run inside one traced scope, in order (used to count round trips). */
export interface QueryTrace {
  readonly queries: string[];
}

const SERVICE_UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Errors after which the database may be gone: a probe decides between retrying and failing fast. */
const CONNECTION_FAILURE_CODES = new Set([
  ...SERVICE_UNAVAILABLE_CODES,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export interface DatabaseOptions {
  /** How long a statement or transaction is retried on transient errors while the database answers. */
  retryMs?: number;
  /** How long a probe of a database that may be down may take before it counts as failed. */
  probeTimeoutMs?: number;
  /** Time between probes while the database is down. */
  probeIntervalMs?: number;
  /**
   * The longest any statement or transaction may run before the database ends it (answered
   * SERVICE_UNAVAILABLE, reason QUERY_TIMEOUT); none unless given (scripts loading large maps).
   */
  queryTimeoutMs?: number;
}

const FIRST_RETRY_DELAY_MS = 50;
const MAX_RETRY_DELAY_MS = 2000;

/**
 * The one place that talks to Neo4j: owns sessions and transactions (reads in read transactions,
 * writes in write transactions, retried here on transient errors), converts records to plain
 * values, logs each statement and maps driver errors to client errors. While the database cannot be
 * reached every call fails at once with SERVICE_UNAVAILABLE (see Availability).
 */
export class Database {
  private readonly traces = new AsyncLocalStorage<QueryTrace>();
  /**
   * Causal consistency: every session of this process starts after the last commit this process
   * saw (the driver's bookmark manager), and, inside `causally`, after the bookmarks a client
   * brought from another process.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly causal = new AsyncLocalStorage<CausalScope>();
  private readonly availability: Availability;
  private readonly retryMs: number;
  private readonly txConfig: { timeout?: number };

  constructor(
    private readonly driver: Driver,
    private readonly logger: Logger,
    private readonly database?: string,
    options: DatabaseOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 10000;
    this.txConfig = options.queryTimeoutMs ? { timeout: options.queryTimeoutMs } : {};
    this.availability = new Availability(() => this.probe(), logger, {
      probeTimeoutMs: options.probeTimeoutMs ?? 1000,
      probeIntervalMs: options.probeIntervalMs ?? 250,
    });
  }

  /**
   * Runs one read-only statement. It goes as an auto-commit query in a read session: one round trip
   * instead of the three of an explicit transaction (begin, run, commit), which is much of a small
   * read's time; it is retried like a transaction.
   */
  read<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    return this.withRetries(async () => {
      const session = this.session('READ');
      try {
        return await this.runIn(session, query, params, this.txConfig);
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  /**
   * Runs a read-only statement until two runs in a row give the same rows, for the reads a client
   * edits from. Neo4j reads at read-committed, property record by property record, so a read that
   * overlaps a commit can see one node half before and half after it (measured: 17 of 43,000 reads
   * of a 15-property node under two writers saw `version` from one commit and a list from the
   * other). An editor who saved on such a read would send the version check a state that never
   * existed, and undo someone else's change without a CONFLICT. Runs follow each other at once (runs
   * spaced out see more commits and agree less: under two writers, with waits of 1, 2, 4 … ms
   * between runs 49 of 103 reads gave up; without, 1 to 5 of about 450). A record that changes under every
   * run for SETTLED_READ_RUNS runs is answered SERVICE_UNAVAILABLE (reason RECORD_BUSY), never a
   * state that may not have existed.
   */
  async readSettled<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    let rows = await this.read(query, params);
    for (let run = 2; run <= SETTLED_READ_RUNS; run += 1) {
      const again = await this.read(query, params);
      if (isDeepStrictEqual(rows, again)) return again;
      rows = again;
    }
    throw new ClientError('SERVICE_UNAVAILABLE', 'This record is changing too fast to be read whole; try again', {
      reason: 'RECORD_BUSY',
      http: { status: 503 },
    });
  }

  /** Runs one statement in its own write transaction. */
  write<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** Runs `work` in one read transaction. `work` may be retried, so it must not have side effects. */
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  /** Runs `work` atomically in one write transaction; retried on transient errors, so keep it idempotent. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  /** Runs `fn` and records the names of every statement it sends, including from nested async work. */
  async trace<T>(fn: () => Promise<T>): Promise<{ result: T; trace: QueryTrace }> {
    const trace: QueryTrace = { queries: [] };
    const result = await this.traces.run(trace, fn);
    return { result, trace };
  }

  /** Whether the database answers; fails at once while it is known to be down. */
  async ping(): Promise<void> {
    if (!this.availability.isUp()) throw new ServiceUnavailableError();
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
    } catch (error) {
      if (isConnectionFailure(error)) void this.availability.recheck();
      throw this.mapError(error);
    }
  }

  /**
   * The operators of a statement's plan (EXPLAIN: planned, not run), e.g. "NodeIndexSeek a:Actor(…)".
   * Used by tests to prove that workspace reads start from an index.
   */
  async explain<P extends object, R>(
    query: Query<P, R>,
    params: P,
  ): Promise<Array<{ operator: string; details: string }>> {
    const session = this.session('READ');
    try {
      const result = await session.run(`EXPLAIN ${query.text}`, toParams(params) as Record<string, unknown>);
      const operators: Array<{ operator: string; details: string }> = [];
      const walk = (plan: unknown) => {
        if (!plan || typeof plan !== 'object') return;
        const node = plan as { operatorType?: string; arguments?: Record<string, unknown>; children?: unknown[] };
        operators.push({
          operator: String(node.operatorType ?? '').replace(/@.*$/, ''),
          details: String(node.arguments?.Details ?? ''),
        });
        for (const child of node.children ?? []) walk(child);
      };
      walk(result.summary.plan);
      return operators;
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    this.availability.close();
    return this.driver.close();
  }

  /**
   * Runs `work` in one transaction, retried on transient errors. The transaction is explicit (not
   * the driver's executeRead/executeWrite) because the driver waits a second before its first retry
   * and keeps retrying a database that is gone; here a connection failure is first checked by one
   * probe. A write is reported done only after its commit succeeded.
   */
  private inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withRetries(async () => {
      const session = this.session(mode);
      let tx: Transaction | undefined;
      try {
        tx = session.beginTransaction(this.txConfig);
        const result = await work(this.wrap(tx));
        await tx.commit();
        const scope = this.causal.getStore();
        if (scope && mode === 'WRITE') scope.latest = [...session.lastBookmarks()];
        return result;
      } catch (error) {
        if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  /**
   * Runs `attempt` until it succeeds, fails on something that is not transient, or `retryMs` have
   * passed. After a connection failure one probe decides: the database answered (a broken
   * connection, a leader switch) and the attempt is retried, or it did not and the call fails with
   * SERVICE_UNAVAILABLE at once, as do all calls until a probe succeeds.
   */
  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS)) {
      if (!this.availability.isUp()) throw new ServiceUnavailableError();
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof Neo4jError) || !error.retryable) throw this.mapError(error);
        if (isConnectionFailure(error) && !(await this.availability.recheck())) throw this.mapError(error);
        const wait = delay * (0.8 + Math.random() * 0.4);
        if (Date.now() - started + wait > this.retryMs) throw this.mapError(error);
        this.logger.debug({ code: error.code, msg: error.message, waitMs: Math.round(wait) }, 'retrying');
        await sleep(wait);
      }
    }
  }

  /** One `RETURN 1` in a read session: the database is online, not only its Bolt port. */
  private async probe(): Promise<void> {
    // Without bookmarks: a probe asks whether the database answers, not whether it caught up.
    const session = this.driver.session({
      defaultAccessMode: 'READ',
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      await session.run(PROBE.text);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    const given = this.causal.getStore()?.given;
    return this.driver.session({
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
      ...(given?.length ? { bookmarks: [...given] } : {}),
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /**
   * Runs `fn` so that its reads see at least what `given` bookmarks name (writes a client made
   * through another API process: they travel in the X-Tiermap-Bookmark header), and returns the
   * bookmarks of the last write it committed, for the client to bring next time.
   */
  /** The bookmarks of the last write committed inside the current `causally` call (none outside one). */
  writtenBookmarks(): string[] {
    return this.causal.getStore()?.latest ?? [];
  }

  async causally<T>(given: readonly string[], fn: () => Promise<T>): Promise<{ result: T; bookmarks: string[] }> {
    const scope: CausalScope = { given, latest: [] };
    const result = await this.causal.run(scope, fn);
    return { result, bookmarks: scope.latest };
  }

  private wrap(tx: Pick<Transaction, 'run'>): Tx {
    return { run: (query, params) => this.runIn(tx, query, params) };
  }

  /** Runs a named statement in a transaction or (auto-commit) session: traced, converted, logged. */
  private async runIn<P extends object, R>(
    runner: Pick<Transaction, 'run'>,
    query: Query<P, R>,
    params: P,
    /** For an auto-commit statement (a session's run): its timeout. A transaction's is set when it begins. */
    config?: { timeout?: number },
  ): Promise<R[]> {
    this.traces.getStore()?.queries.push(query.name);
    const started = performance.now();
    const parameters = toParams(params) as Record<string, unknown>;
    const result = await (config
      ? (runner as unknown as Pick<Session, 'run'>).run(query.text, parameters, config)
      : runner.run(query.text, parameters));
    const rows = result.records.map((record) => toPlain(record.toObject()) as R);
    this.logger.debug(
      { query: query.name, ms: Math.round((performance.now() - started) * 10) / 10, rows: rows.length },
      'cypher',
    );
    return rows;
  }

  private mapError(error: unknown): unknown {
    if (error instanceof ClientError) return error;
    if (error instanceof Neo4jError) {
      if (SERVICE_UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError')) {
        this.logger.warn({ code: error.code, msg: error.message }, 'database unavailable');
        return new ServiceUnavailableError();
      }
      if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
        this.logger.warn({ code: error.code, msg: error.message }, 'statement ran out of time');
        return new ClientError(
          'SERVICE_UNAVAILABLE',
          'The database did not finish in time; try again, or ask for less',
          {
            reason: 'QUERY_TIMEOUT',
            http: { status: 503 },
          },
        );
      }
      if (error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
        return new ClientError('BAD_REQUEST', 'X-Tiermap-Bookmark does not name a point this database knows', {
          field: 'x-tiermap-bookmark',
          http: { status: 400 },
        });
      }
      if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return new ConflictError('A record with the same identifier already exists');
      }
      this.logger.error({ code: error.code, msg: error.message }, 'database error');
    }
    return error;
  }
}

/**
 * JavaScript numbers that are whole go to Neo4j as integers (the driver would send floats, which
 * LIMIT refuses and which would store versions as 1.0); other values pass through unchanged.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // A loop, not Object.entries: imports send maps of thousands of rows (ADR 0034).
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toParams((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function isConnectionFailure(error: unknown): boolean {
  return error instanceof Neo4jError && CONNECTION_FAILURE_CODES.has(error.code);
}
