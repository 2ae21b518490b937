import { defineQuery } from '../query';

export interface RateCountRow {
  id: string;
  count: number;
}

/**
 * Adds each process's requests of the last moments to the shared counters (one per rule, subject
 * and time window) and reads back every process's total: how API processes share rate limits.
 */
export const RATE_COUNTS_ADD = defineQuery<
  { rows: Array<{ id: string; delta: number; expiresAt: number }> },
  RateCountRow
>(
  'rateLimit.add',
  `UNWIND $rows AS row
   MERGE (c:RateCount {id: row.id})
   ON CREATE SET c.count = 0, c.expiresAt = row.expiresAt
   SET c.count = c.count + row.delta
   RETURN c.id AS id, c.count AS count`,
);

/** Drops counters of windows that are over (a few at a time). */
export const RATE_COUNTS_EXPIRE = defineQuery<{ now: number }, { removed: number }>(
  'rateLimit.expire',
  `MATCH (c:RateCount) WHERE c.expiresAt < $now
   WITH c LIMIT 10000 DELETE c RETURN count(*) AS removed`,
);

/** Every process's total so far for one counter (none yet: no row). */
export const RATE_COUNT_READ = defineQuery<{ id: string }, RateCountRow>(
  'rateLimit.read',
  'MATCH (c:RateCount {id: $id}) RETURN c.id AS id, c.count AS count',
);
