/**
 * Dates in Tiermap are partial ISO strings — "2018", "2018-05" or "2018-05-14" — because sources often
 * give only a year. A partial date names a period; these helpers turn it into the first or last day of
 * that period as a zero-padded "YYYY-MM-DD" string, so plain string comparison orders them correctly.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface ParsedPartialDate {
  readonly year: string;
  readonly month: string | undefined;
  readonly day: string | undefined;
}

function parse(value: string): ParsedPartialDate {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) {
    throw new RangeError(`"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return { year: match[1] as string, month: match[2], day: match[3] };
}

/** The first day of the period a partial date names ("2018" → "2018-01-01"). */
export function periodStart(value: string): string {
  const { year, month, day } = parse(value);
  return `${year}-${month ?? '01'}-${day ?? '01'}`;
}

/**
 * The last day of the period a partial date names ("2018" → "2018-12-31", "2018-02" → "2018-02-31").
 * Day 31 for every month is deliberate: it is only ever compared, never displayed, and it sorts after
 * every real day of that month and before the first day of the next, without calendar arithmetic.
 */
export function periodEnd(value: string): string {
  const { year, month, day } = parse(value);
  return `${year}-${month ?? '12'}-${day ?? '31'}`;
}
