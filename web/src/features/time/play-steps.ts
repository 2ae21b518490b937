import { addMonths, monthOf, thisMonth, type AsOfMonth } from '../../lib/as-of-month';

/** How far one step of play moves the time bar. */
export type PlayStep = 'month' | 'year';

/** The speeds offered: how long each step stays on screen. */
export const PLAY_SPEEDS = [
  { label: 'Slow', ms: 2000 },
  { label: 'Normal', ms: 1000 },
  { label: 'Fast', ms: 400 },
] as const;

/** The months the time bar spans, first to last. */
export interface TimeRange {
  first: AsOfMonth;
  last: AsOfMonth;
}

const DEFAULT_FIRST = '2000-01';
/** The share of the earliest dates the bar leaves out: one record from 1980 must not squeeze 2016–2018 into a sliver. */
const EARLY_OUTLIERS = 0.02;

/**
 * The span of the time bar: from January of the year the map's dates get going (a relation or lifespan
 * starting, a named period; the earliest 2% left out) to this month; from 2000 when nothing is dated.
 * What started before the first month is still shown from it on.
 */
export function timeRange(dates: Iterable<string | null | undefined>, now: Date = new Date()): TimeRange {
  const last = thisMonth(now);
  const years: string[] = [];
  for (const date of dates) if (date && /^\d{4}/.test(date)) years.push(date.slice(0, 4));
  years.sort();
  const first = years.length === 0 ? DEFAULT_FIRST : `${years[Math.floor(years.length * EARLY_OUTLIERS)]}-01`;
  return { first: first > last ? `${last.slice(0, 4)}-01` : first, last };
}

/**
 * Where play starts: the month shown, unless that is all time or the end of the bar, when it starts over
 * from the first month.
 */
export function playStart(current: AsOfMonth | null, range: TimeRange): AsOfMonth {
  if (current === null || current >= range.last || current < range.first) return range.first;
  return current;
}

/**
 * The next month of play after `current`: a month or a year on, the last month of the bar if a step
 * would pass it, and null once the last month is shown (play stops there).
 */
export function nextPlayStep(current: AsOfMonth, step: PlayStep, range: TimeRange): AsOfMonth | null {
  if (current >= range.last) return null;
  const next = addMonths(current, step === 'year' ? 12 : 1);
  return next > range.last ? range.last : next;
}

/** The month a period stands for on the time bar: its last month, or this month while it runs. */
export function periodMonth(period: { until?: string | null | undefined }, now: Date = new Date()): AsOfMonth {
  const last = thisMonth(now);
  if (!period.until) return last;
  const month = period.until.length >= 7 ? period.until.slice(0, 7) : `${period.until.slice(0, 4)}-12`;
  return month > last ? last : month;
}

/** The month a period starts in (see monthOf). */
export const periodFirstMonth = (period: { since: string }): AsOfMonth => monthOf(period.since);
