/**
 * The as-of date of the view: a month, "YYYY-MM" (the time bar's precision), or null for all time.
 * Zero-padded, so plain string comparison orders months, and a month compares with the partial dates
 * of records ("2018", "2018-05", "2018-05-14") once those are turned into the first or last day of the
 * period they name, as the API reads them (api/src/graph/partial-date.ts).
 */
export type AsOfMonth = string;

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Reads an as-of value from the URL: "YYYY-MM", or a year alone (links from before the time bar had
 * months), which stands for its last month as it stood for the year's last day. Anything else, or a
 * year outside 1900–2100, is null (all time).
 */
export function parseAsOfMonth(raw: string | null): AsOfMonth | null {
  if (raw === null) return null;
  const value = raw.trim();
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (MONTH.test(value)) return value;
  if (YEAR.test(value)) return `${value}-12`;
  return null;
}

/** Months since year 0: the time bar's scale, where one step is one month. */
export function monthIndex(month: AsOfMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The month at an index of `monthIndex`'s scale. */
export function monthAt(index: number): AsOfMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `count` months after (or before, when negative) another. */
export function addMonths(month: AsOfMonth, count: number): AsOfMonth {
  return monthAt(monthIndex(month) + count);
}

/** "March 2015". */
export function monthLabel(month: AsOfMonth): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** The month a date (or partial date) falls in; a year alone gives its first month. */
export function monthOf(date: string): AsOfMonth {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
}

/** The current month, from the clock of the browser. */
export function thisMonth(now: Date = new Date()): AsOfMonth {
  return now.toISOString().slice(0, 7);
}

/**
 * The day analytics are asked "as of" for a month: its last day, or today in the current month (a
 * later day has no data yet).
 */
export function lastDayOf(month: AsOfMonth, now: Date = new Date()): string {
  if (month >= thisMonth(now)) return now.toISOString().slice(0, 10);
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The first day of the period a partial date names ("2018" → "2018-01-01"). */
const periodStart = (date: string) => `${date.slice(0, 4)}-${date.slice(5, 7) || '01'}-${date.slice(8, 10) || '01'}`;
/** The last day of the period a partial date names, day 31 for every month (only compared, never shown). */
const periodEnd = (date: string) => `${date.slice(0, 4)}-${date.slice(5, 7) || '12'}-${date.slice(8, 10) || '31'}`;

/**
 * Whether a record with partial dates (a relation, or an actor's lifespan) is active at some time in a
 * month: it started no later than the month's end and had not ended before it began — the API's reading
 * of an as-of period (isActiveOn).
 */
export function isActiveInMonth(since: string | null, until: string | null, month: AsOfMonth): boolean {
  if (since && periodStart(since) > `${month}-31`) return false;
  if (until && periodEnd(until) < `${month}-01`) return false;
  return true;
}
