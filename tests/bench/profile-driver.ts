/**
 * Database hits per statement, for the db-hit table of `npm run bench:api`. Neo4j Community keeps no
 * per-query log with db hits, so a recording driver keeps the text and parameters of every statement a
 * server sends, and each is then run again with PROFILE in a read transaction of its own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RecordedStatement {
  text: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE';
}

export interface RecordingDriver {
  /** Use in place of the real driver; every `tx.run` (managed or explicit) and every `session.run` inside `record` is recorded. */
  readonly driver: Driver;
  /**
   * Runs `work` and returns what it returned with the statements it sent, in order. Only statements
   * sent from `work`'s own async context count: a server's background work (its rate-count sync, on
   * a timer started earlier) is not mistaken for the request's.
   */
  record<T>(work: () => Promise<T>): Promise<{ value: T; statements: RecordedStatement[] }>;
}

function forward<T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.prototype.hasOwnProperty.call(overrides, property)) return overrides[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** Wraps `inner` so that the statements sent through it can be profiled afterwards. */
export function recordingDriver(inner: Driver): RecordingDriver {
  const recording = new AsyncLocalStorage<RecordedStatement[]>();
  const note = (statement: RecordedStatement) => recording.getStore()?.push(statement);
  const wrapTx = <T extends Pick<ManagedTransaction, 'run'>>(tx: T, mode: RecordedStatement['mode']) =>
    forward(tx, {
      run: (text: string, params: Record<string, unknown> = {}) => {
        note({ text, params, mode });
        return tx.run(text, params);
      },
    });
  const wrapSession = (session: Session, mode: RecordedStatement['mode']) =>
    forward(session, {
      // Auto-commit queries (the API sends single-statement reads this way).
      run: (text: string, params: Record<string, unknown> = {}) => {
        note({ text, params, mode });
        return session.run(text, params);
      },
      executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
        session.executeRead((tx) => work(wrapTx(tx, 'READ')), config),
      executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
        session.executeWrite((tx) => work(wrapTx(tx, 'WRITE')), config),
      // Explicit transactions (the API's Database runs its own retries around them).
      beginTransaction: (config?: Parameters<Session['beginTransaction']>[0]) =>
        wrapTx(session.beginTransaction(config), mode),
    });
  const driver = forward(inner, {
    session: (config?: Parameters<Driver['session']>[0]) =>
      wrapSession(inner.session(config), config?.defaultAccessMode === 'READ' ? 'READ' : 'WRITE'),
  });
  return {
    driver,
    record: async (work) => {
      const statements: RecordedStatement[] = [];
      const value = await recording.run(statements, work);
      return { value, statements };
    },
  };
}

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}

function sumDbHits(plan: PlanNode | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + sumDbHits(child), 0);
}

/** PROFILE goes after any leading `CYPHER …` line (the Neo4j GraphQL Library starts with `CYPHER 5`). */
export function profiledText(text: string): string {
  const prefix = /^(\s*CYPHER[^\n]*\n)*/.exec(text)?.[0] ?? '';
  return `${prefix}PROFILE ${text.slice(prefix.length)}`;
}

/** Runs a recorded read statement again under PROFILE and sums the db hits of its whole plan. */
export async function profileStatement(driver: Driver, statement: RecordedStatement): Promise<number> {
  if (statement.mode !== 'READ') throw new Error('only read statements are profiled (PROFILE runs them)');
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(profiledText(statement.text), statement.params));
    return sumDbHits(result.summary.profile as PlanNode | false);
  } finally {
    await session.close();
  }
}
