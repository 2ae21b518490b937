import { parseAsOfMonth, type AsOfMonth } from './as-of-month';

/** One end of a comparison in time: a month, or a named period of the workspace (read at its last day). */
export type TimePoint = { kind: 'month'; month: AsOfMonth } | { kind: 'period'; id: string };

const PERIOD_PREFIX = 'period:';
const PERIOD_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A time point as the URL holds it: "2015-03" or "period:<id>". */
export function formatTimePoint(point: TimePoint): string {
  return point.kind === 'month' ? point.month : `${PERIOD_PREFIX}${point.id}`;
}

/** Reads a time point from the URL; a malformed one is null (the picker then starts empty). */
export function parseTimePoint(raw: string | null): TimePoint | null {
  if (raw === null) return null;
  if (raw.startsWith(PERIOD_PREFIX)) {
    const id = raw.slice(PERIOD_PREFIX.length);
    return PERIOD_ID.test(id) ? { kind: 'period', id } : null;
  }
  const month = parseAsOfMonth(raw);
  return month === null ? null : { kind: 'month', month };
}
