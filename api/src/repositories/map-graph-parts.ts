import { forRange, type RangeQueries } from '../db/queries/actor-rows.queries';
import type { Database } from '../db/run-query';
import type { Visibility } from '../domain/vocabulary';
import { BadUserInputError, type FieldProblem } from '../errors';

/** The most parts a map may be asked in: 256 two-hex-digit buckets, two ranges per part. */
export const MAX_MAP_PARTS = 64;

/** A half-open range of actor ids: `from` ≤ id < `to` (null: unbounded). */
export interface IdRange {
  from: string;
  to: string | null;
}

const BUCKETS = 256;
const bucketKey = (bucket: number) => bucket.toString(16).padStart(2, '0');

/**
 * The actor-id ranges of part `part` of `parts`, two of them so that each part is still read in two
 * parallel transactions. Ids are random UUIDs (lowercase hex), so the 256 two-digit prefixes split
 * them evenly; the first range starts at '' and the last is unbounded, so the parts of one `parts`
 * cover every string exactly once whatever the ids are (only the balance depends on them being random).
 * Throws BAD_USER_INPUT (fields `parts`, `part`) for a count that is not a power of two up to
 * MAX_MAP_PARTS or a part outside 0…parts−1.
 */
export function mapGraphRanges(part: number, parts: number): [IdRange, IdRange] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(parts) || parts < 1 || parts > MAX_MAP_PARTS || (parts & (parts - 1)) !== 0)
    problems.push({ field: ['parts'], reason: `must be a power of two from 1 to ${MAX_MAP_PARTS} (got ${parts})` });
  else if (!Number.isInteger(part) || part < 0 || part >= parts)
    problems.push({ field: ['part'], reason: `must be from 0 to ${parts - 1} (got ${part})` });
  if (problems.length > 0) throw new BadUserInputError(problems);
  const size = BUCKETS / parts;
  const [start, middle, end] = [part * size, part * size + size / 2, (part + 1) * size];
  return [
    { from: start === 0 ? '' : bucketKey(start), to: bucketKey(middle) },
    { from: bucketKey(middle), to: end === BUCKETS ? null : bucketKey(end) },
  ];
}

/** Reads each id range of a workspace with a range query, in parallel transactions, one answer per range. */
export function readRanges<R>(
  db: Database,
  queries: RangeQueries<R>,
  ranges: readonly IdRange[],
  scope: { ws: string; visibilities: Visibility[] },
): Promise<R[][]> {
  return Promise.all(ranges.map((range) => db.read(forRange(range, queries), { ...scope, ...range })));
}
