/**
 * The keys of the ARIA tabs pattern (WAI-ARIA Authoring Practices, "Tabs"), for a horizontal tab list:
 * ArrowLeft and ArrowRight move to the previous and next tab, wrapping at the ends; Home and End to the
 * first and last. Returns the index to move to, or null when the key is none of them.
 */
export function tabKeyTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
