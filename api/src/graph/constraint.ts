import type { GraphData } from './analytics-graph';
import { forEachCommon, indexCooperativeAdjacency } from './indexed-adjacency';

export interface ActorConstraint {
  actorId: string;
  /** Null for an isolated actor, where the measure is undefined (networkx returns NaN). */
  constraint: number | null;
}

/**
 * Burt's (1992) network constraint on the undirected, unweighted cooperative graph:
 * c(i) = Σ_j (p_ij + Σ_q p_iq·p_qj)², over neighbours j of i and q ≠ i, j, with p_ij = 1/deg(i) for
 * each neighbour — the proportional tie strength networkx's `constraint` uses when no weight is given
 * (its mutual weight a_ij + a_ji is 2 for every undirected tie and 2·deg(i) in total).
 */
export function burtConstraint(data: Readonly<GraphData>): ActorConstraint[] {
  const constraintOf = constraintAt(data);
  return indexCooperativeAdjacency(data).ids.map((actorId, i) => ({ actorId, constraint: constraintOf(i) }));
}

/**
 * Burt's constraint of one actor, by its index in `indexCooperativeAdjacency` (actors in id order),
 * for callers that need a few actors' values rather than every actor's.
 */
export function constraintAt(data: Readonly<GraphData>): (i: number) => number | null {
  const { offsets, targets } = indexCooperativeAdjacency(data);
  const degree = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  return (i) => {
    const n = degree(i);
    if (n === 0) return null;
    const pOwn = 1 / n;
    let constraint = 0;
    for (let e = offsets[i] as number, end = offsets[i + 1] as number; e < end; e++) {
      const j = targets[e] as number;
      // q runs over the neighbours i and j share (never j itself: there are no self-ties).
      let indirect = 0;
      forEachCommon(offsets, targets, i, j, (q) => {
        indirect += pOwn / degree(q);
      });
      constraint += (pOwn + indirect) ** 2;
    }
    return constraint;
  };
}
