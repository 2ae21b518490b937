import { useState, type ReactNode } from 'react';

export interface CappedListProps<T> {
  items: readonly T[];
  rowId: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** What the list holds, for assistive technology (and the "show more" button). */
  label: string;
  /** Rows shown at first, and added by each "show more". */
  cap: number;
  /** The row brought forward: shown (past the cap if need be), marked and scrolled into view. */
  activeRow: string | null;
  ordered?: boolean;
  testId?: string;
}

/**
 * A list shown `cap` rows at a time with a "show more" button, so a lens with hundreds of rows stays
 * short beside the map; the active row is always shown and marked (aria-current).
 */
export function CappedList<T>(props: CappedListProps<T>) {
  const { items, rowId, activeRow, cap } = props;
  const [shown, setShown] = useState(cap);
  const activeIndex = activeRow === null ? -1 : items.findIndex((item) => rowId(item) === activeRow);
  const limit = Math.max(shown, activeIndex + 1);
  const Tag = props.ordered ? 'ol' : 'ul';
  const more = Math.min(cap, items.length - limit);
  return (
    <>
      <Tag className="lens-list__rows" aria-label={props.label} data-testid={props.testId}>
        {items.slice(0, limit).map((item) => {
          const id = rowId(item);
          return (
            <li
              key={id}
              className={id === activeRow ? 'lens-row lens-row--active' : 'lens-row'}
              data-row-id={id}
              aria-current={id === activeRow ? 'true' : undefined}
            >
              {props.renderRow(item)}
            </li>
          );
        })}
      </Tag>
      {more > 0 && (
        <button
          type="button"
          className="link-button lens-list__more"
          onClick={() => setShown(limit + cap)}
          data-testid="lens-list-more"
        >
          Show {more} more of {items.length} {props.label.toLowerCase()}
        </button>
      )}
    </>
  );
}
