import { Neo4jError, type Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineQuery } from '../../../api/src/db/query';
import { Database } from '../../../api/src/db/run-query';
import { ServiceUnavailableError } from '../../../api/src/errors';
import { createLogger } from '../../../api/src/logger';

const PING = defineQuery<Record<string, never>, { ok: number }>('test.ping', 'RETURN 2 AS ok');
/** The text of the availability probe (system.probe). */
const PROBE = 'RETURN 1 AS ok';

const failure = (code: string) => new Neo4jError(`failed: ${code}`, code, '50N42', 'error');

/**
 * A driver whose every statement (the probe included) is answered by `answer`: a row `{ ok: 1 }`,
 * the error it returns, or no answer ever ('hang').
 */
function fakeDriver(answer: (text: string) => Neo4jError | null | 'hang'): { driver: Driver; statements: string[] } {
  const statements: string[] = [];
  const run = async (text: string) => {
    statements.push(text);
    const error = answer(text);
    if (error === 'hang') return new Promise(() => undefined);
    if (error) throw error;
    return { records: [{ toObject: () => ({ ok: 1 }) }] };
  };
  const session = () => ({
    run,
    beginTransaction: () => {
      let open = true;
      return {
        run,
        isOpen: () => open,
        commit: async () => void (open = false),
        rollback: async () => void (open = false),
      };
    },
    close: async () => undefined,
  });
  return {
    driver: { session, verifyConnectivity: async () => ({}), close: async () => undefined } as never,
    statements,
  };
}

describe('Database availability', () => {
  const logger = createLogger('silent');

  it('retries a statement after a lost connection when the database still answers (a leader switch)', async () => {
    let first = true;
    const { driver, statements } = fakeDriver((text) => {
      if (text === PING.text && first) {
        first = false;
        return failure('SessionExpired');
      }
      return null;
    });
    const db = new Database(driver, logger);
    await expect(db.read(PING, {})).resolves.toEqual([{ ok: 1 }]);
    expect(statements).toEqual([PING.text, PROBE, PING.text]);
    await db.close();
  });

  it('retries transient errors on a healthy database with a short first delay', async () => {
    let failures = 2;
    const { driver } = fakeDriver(() =>
      failures-- > 0 ? failure('Neo.TransientError.Transaction.DeadlockDetected') : null,
    );
    const db = new Database(driver, logger);
    const started = performance.now();
    await expect(db.writeTransaction((tx) => tx.run(PING, {}))).resolves.toEqual([{ ok: 1 }]);
    expect(performance.now() - started).toBeLessThan(500);
    await db.close();
  });

  it('fails at once while the database is down, and serves again once a probe succeeds', async () => {
    let down = true;
    const { driver, statements } = fakeDriver(() => (down ? failure('ServiceUnavailable') : null));
    const db = new Database(driver, logger, undefined, { probeIntervalMs: 20 });
    await expect(db.read(PING, {})).rejects.toBeInstanceOf(ServiceUnavailableError);
    const sent = statements.length;
    const started = performance.now();
    await expect(db.write(PING, {})).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(db.ping()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(performance.now() - started).toBeLessThan(50);
    await sleep(100);
    expect(statements.length).toBeGreaterThan(sent + 2); // the background probe keeps asking

    down = false;
    await sleep(100);
    await expect(db.read(PING, {})).resolves.toEqual([{ ok: 1 }]);
    await db.close();
  });

  it('counts a probe that does not answer in time as failed', async () => {
    const { driver } = fakeDriver((text) => (text === PROBE ? 'hang' : failure('ServiceUnavailable')));
    const db = new Database(driver, logger, undefined, { probeTimeoutMs: 50, probeIntervalMs: 10_000 });
    const started = performance.now();
    await expect(db.read(PING, {})).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(performance.now() - started).toBeLessThan(1000);
    await db.close();
  });
});
