/**
 * Whether a relation with partial dates (YYYY, YYYY-MM, YYYY-MM-DD) is active at some time in a year:
 * it started no later than the year's end and had not ended before the year began.
 */
export function isActiveInYear(since: string | null, until: string | null, year: number): boolean {
  if (since && Number(since.slice(0, 4)) > year) return false;
  if (until && Number(until.slice(0, 4)) < year) return false;
  return true;
}

/** The last day of a year as YYYY-MM-DD, the date analytics are asked "as of". */
export function endOfYear(year: number): string {
  const today = new Date();
  return year >= today.getFullYear() ? today.toISOString().slice(0, 10) : `${year}-12-31`;
}
