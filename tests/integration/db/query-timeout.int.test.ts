/**
 * Every statement and transaction of the API runs under NEO4J_QUERY_TIMEOUT_MS: the database ends
 * one that runs longer, the caller gets SERVICE_UNAVAILABLE (reason QUERY_TIMEOUT) instead of
 * waiting, and the database stays usable.
 */
import { defineQuery } from '../../../api/src/db/query';
import { ClientError } from '../../../api/src/errors';
import { startTestApi, type TestApi } from '../../helpers/test-api';

const SLOW = defineQuery<Record<string, never>, { n: number }>(
  'test.slow',
  'UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n',
);
const QUICK = defineQuery<Record<string, never>, { one: number }>('test.quick', 'RETURN 1 AS one');

describe('the query timeout', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { NEO4J_QUERY_TIMEOUT_MS: '300' } });
  });
  afterAll(() => api.close());

  const timedOut = async (run: () => Promise<unknown>) => {
    const started = Date.now();
    const error = await run().then(
      () => null,
      (caught: unknown) => caught,
    );
    return { error, ms: Date.now() - started };
  };

  it.each([
    ['an auto-commit read', (api: TestApi) => api.db.read(SLOW, {})],
    ['a read transaction', (api: TestApi) => api.db.readTransaction((tx) => tx.run(SLOW, {}))],
    ['a write transaction', (api: TestApi) => api.db.writeTransaction((tx) => tx.run(SLOW, {}))],
  ])('ends %s that runs too long, with SERVICE_UNAVAILABLE', async (_label, run) => {
    const { error, ms } = await timedOut(() => run(api));
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'QUERY_TIMEOUT' });
    // Ended by the database at about 300 ms, not retried.
    expect(ms).toBeLessThan(5000);
    expect(await api.db.read(QUICK, {})).toEqual([{ one: 1 }]);
  });
});
