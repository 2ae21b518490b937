/** The slice of a long list worth rendering, with the blank space standing in for the rows left out. */
export interface VirtualWindow {
  /** Index of the first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height of the rows above `start`, in pixels. */
  padTop: number;
  /** Height of the rows from `end` on, in pixels. */
  padBottom: number;
}

export interface WindowInput {
  /** Rows in the list. */
  count: number;
  /** Height of every row, in pixels (rows must share one height). */
  rowHeight: number;
  /** How far the list is scrolled, in pixels. */
  scrollTop: number;
  /** Height of the scrolled box, in pixels. */
  viewportHeight: number;
  /** Extra rows above and below the visible ones, so fast scrolling does not show blank space. */
  overscan?: number;
}

/**
 * The rows of a fixed-row-height list that are visible in a scrolled box, plus `overscan` rows on each
 * side; the padding keeps the scrollbar the size of the whole list.
 */
export function virtualWindow({
  count,
  rowHeight,
  scrollTop,
  viewportHeight,
  overscan = 8,
}: WindowInput): VirtualWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return {
    start,
    end: Math.max(start, end),
    padTop: start * rowHeight,
    padBottom: (count - Math.max(start, end)) * rowHeight,
  };
}
