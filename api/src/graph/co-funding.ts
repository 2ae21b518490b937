import type { GraphData } from './analytics-graph';
import { usableRelations } from './analytics-graph';

export interface CoFundingPair {
  funderAId: string;
  funderBId: string;
  /** Recipients both fund, in id order. */
  sharedRecipientIds: string[];
}

/**
 * Co-funding pairs (PRODUCT.md §4.6): funders that fund at least one common recipient, with those
 * recipients — the funders who could coordinate, or who together make a recipient dependent.
 * Most shared recipients first, then by funder ids; within a pair funderAId < funderBId.
 */
export function coFunding(data: Readonly<GraphData>): CoFundingPair[] {
  const fundersOf = new Map<string, Set<string>>();
  for (const r of usableRelations(data)) {
    if (r.type !== 'FUNDS') continue;
    fundersOf.set(r.target, (fundersOf.get(r.target) ?? new Set<string>()).add(r.source));
  }
  const pairs = new Map<string, CoFundingPair>();
  for (const [recipient, funders] of fundersOf) {
    const sorted = [...funders].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const funderAId = sorted[i] as string;
        const funderBId = sorted[j] as string;
        const key = `${funderAId}\u0000${funderBId}`;
        const pair = pairs.get(key) ?? { funderAId, funderBId, sharedRecipientIds: [] };
        pair.sharedRecipientIds.push(recipient);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()]
    .map((pair) => ({ ...pair, sharedRecipientIds: [...pair.sharedRecipientIds].sort() }))
    .sort(
      (a, b) =>
        b.sharedRecipientIds.length - a.sharedRecipientIds.length ||
        (a.funderAId < b.funderAId ? -1 : a.funderAId > b.funderAId ? 1 : 0) ||
        (a.funderBId < b.funderBId ? -1 : a.funderBId > b.funderBId ? 1 : 0),
    );
}
