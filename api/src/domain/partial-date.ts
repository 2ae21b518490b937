/**
 * Partial dates: "2018", "2018-05" or "2018-05-14" (PRODUCT.md section 3). They compare by the
 * interval they stand for: as a start, "2018" means 2018-01-01; as an end, 2018-12-31.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar date at year, month or day precision. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) >= 1000;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers, as YYYY-MM-DD. */
export function startOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date covers, as YYYY-MM-DD. */
export function endOf(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return value;
}

/** True when the period [since, until] could hold: since's first day is not after until's last day. */
export function isOrderedPeriod(since: string, until: string): boolean {
  return startOf(since) <= endOf(until);
}
