/**
 * Readers of single query-string values that never throw: a value that is missing, garbled or out of
 * range reads as null (or is left out of a list), so a hand-edited or truncated link opens the default
 * view rather than a broken one.
 */

/** The values of a comma-separated list that pass `valid`, each once, in their order. */
export function readList(raw: string | null, valid: (value: string) => boolean): string[] {
  const values = (raw ?? '').split(',').filter((value) => value !== '' && valid(value));
  return [...new Set(values)];
}

/** A finite number within [min, max], or null. */
export function readNumber(raw: string | null, min: number, max: number): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** An integer within [min, max], or null. */
export function readInteger(raw: string | null, min: number, max: number): number | null {
  const value = readNumber(raw, min, max);
  return value !== null && Number.isInteger(value) ? value : null;
}

/** A point written "x,y" with both coordinates within ±limit, or null. */
export function readPoint(raw: string | null, limit: number): { x: number; y: number } | null {
  const parts = (raw ?? '').split(',');
  if (parts.length !== 2) return null;
  const [x, y] = parts.map((part) => readNumber(part, -limit, limit));
  return x != null && y != null ? { x, y } : null;
}

/** One of `allowed`, or null. */
export function readChoice<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : null;
}

/** A number written with at most `digits` decimals (URLs stay short and stable). */
export function writeNumber(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A table's sort as a link keeps it: a column name and a direction, written "column.asc" or "column.desc". */
export interface SortParam {
  column: string;
  descending: boolean;
}

/** A sort written "column.asc" or "column.desc" (column: lower-case letters), or null. */
export function readSort(raw: string | null): SortParam | null {
  const match = /^([a-z]{1,30})\.(asc|desc)$/.exec(raw ?? '');
  return match ? { column: match[1]!, descending: match[2] === 'desc' } : null;
}

export function writeSort(sort: SortParam): string {
  return `${sort.column}.${sort.descending ? 'desc' : 'asc'}`;
}
