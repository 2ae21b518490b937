import type { Database } from '../../../api/src/db/run-query';
import { RateLimiter, type RateRules } from '../../../api/src/guards/rate-limiter';
import { createLogger } from '../../../api/src/logger';

const RULES: RateRules = {
  account: { limit: 10, windowS: 10 },
  token: { limit: 10, windowS: 10 },
  ip: { limit: 10, windowS: 10 },
  signIn: { limit: 5, windowS: 60 },
  time: { limit: 1000, windowS: 2 },
};

/** A database whose shared-total reads answer only when the test says so (what other processes counted). */
function slowShares(): { db: Database; answer: (count: number) => void; reads: number } {
  const pending: Array<(rows: unknown[]) => void> = [];
  const state = {
    reads: 0,
    answer: (count: number) => pending.splice(0).forEach((resolve) => resolve([{ id: 'x', count }])),
  };
  const db = {
    read: () => {
      state.reads += 1;
      return new Promise((resolve) => pending.push(resolve));
    },
    write: async () => [],
  } as unknown as Database;
  return Object.assign(state, { db });
}

describe('RateLimiter', () => {
  const logger = createLogger('silent');
  const now = 1_000_000_000_000;

  afterEach(() => jest.useRealTimers());

  it("does not hold a request for long behind a slow read of the window's shared total, and counts that total once read", async () => {
    jest.useFakeTimers();
    const shares = slowShares();
    const limiter = new RateLimiter(shares.db, RULES, logger);
    let admitted = false;
    const first = limiter.take('account', 'a', 1, now).then(() => void (admitted = true));
    await jest.advanceTimersByTimeAsync(10);
    // Still waiting a moment for the read (a quick one is never skipped)…
    expect(admitted).toBe(false);
    await jest.advanceTimersByTimeAsync(20);
    // …but not for the whole of a slow one.
    expect(admitted).toBe(true);
    await first;
    expect(shares.reads).toBe(1);
    // Other processes had counted 8 in this window: with this process's 1, one unit is left.
    shares.answer(8);
    await jest.advanceTimersByTimeAsync(0);
    await expect(limiter.take('account', 'a', 1, now + 1)).resolves.toBeUndefined();
    await expect(limiter.take('account', 'a', 1, now + 2)).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', rule: 'account', limit: 10 },
    });
    // One read per subject and window.
    expect(shares.reads).toBe(1);
  });

  it('waits for a quick read of the shared total before deciding', async () => {
    const shares = slowShares();
    const limiter = new RateLimiter(shares.db, RULES, logger);
    const decision = limiter.take('account', 'b', 3, now);
    shares.answer(8);
    await expect(decision).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });
});
