export type SortValue = string | number | null | undefined;

/** Which column a table is sorted by, and which way. */
export interface SortState<C extends string> {
  column: C;
  descending: boolean;
}

/**
 * A sorted copy of `rows` by the value `valueOf` gives for `column`: numbers numerically, text by locale,
 * empty values (null, undefined, '') last whichever the direction; ties keep their order.
 */
export function sortRows<R, C extends string>(
  rows: readonly R[],
  sort: SortState<C>,
  valueOf: (row: R, column: C) => SortValue,
): R[] {
  const sign = sort.descending ? -1 : 1;
  const empty = (value: SortValue) => value === null || value === undefined || value === '';
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.column) }))
    .sort((a, b) => {
      if (empty(a.value) || empty(b.value))
        return empty(a.value) === empty(b.value) ? a.index - b.index : empty(a.value) ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}

/** The next sort after a click on `column`: the same column flips, another starts ascending. */
export function nextSort<C extends string>(sort: SortState<C>, column: C, firstDescending = false): SortState<C> {
  return sort.column === column ? { column, descending: !sort.descending } : { column, descending: firstDescending };
}

/** `given` when it names one of `columns` (a sort read from a link), else `fallback`. */
export function sortAmong<C extends string>(
  given: { column: string; descending: boolean } | null,
  columns: readonly C[],
  fallback: SortState<C>,
): SortState<C> {
  return given && (columns as readonly string[]).includes(given.column)
    ? { column: given.column as C, descending: given.descending }
    : fallback;
}
