import type { SortState } from '../../lib/sort-rows';

export interface SortHeaderProps<C extends string> {
  column: C;
  label: string;
  sort: SortState<C>;
  onSort: (column: C) => void;
  /** Right-align (numbers). */
  numeric?: boolean;
  title?: string;
}

/** A column header that sorts the table when clicked, announcing the order to assistive technology. */
export function SortHeader<C extends string>({ column, label, sort, onSort, numeric, title }: SortHeaderProps<C>) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      className={numeric ? 'numeric' : undefined}
      title={title}
    >
      <button type="button" className="link-button" onClick={() => onSort(column)} data-testid={`sort-${column}`}>
        {label} {active ? (sort.descending ? '▼' : '▲') : ''}
      </button>
    </th>
  );
}
