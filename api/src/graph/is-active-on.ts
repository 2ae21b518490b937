import type { GraphRelation } from './analytics-graph';
import { periodEnd, periodStart } from './partial-date';

/**
 * Whether a relation is active on a date (PRODUCT.md §4): `since ≤ d` and (`until` empty or `until ≥ d`).
 * Partial dates are periods: a `since` of "2018" starts on 2018-01-01 and an `until` of "2018" ends on
 * 2018-12-31. When the date asked about is itself partial ("2019"), the relation counts as active if
 * it was active at any time in that period, which reduces to the rule above for full dates. A missing
 * `since` means "for as long as we know".
 */
export function isActiveOn(relation: Readonly<Pick<GraphRelation, 'since' | 'until'>>, date: string): boolean {
  const askedStart = periodStart(date);
  const askedEnd = periodEnd(date);
  if (relation.since && periodStart(relation.since) > askedEnd) return false;
  if (relation.until && periodEnd(relation.until) < askedStart) return false;
  return true;
}
