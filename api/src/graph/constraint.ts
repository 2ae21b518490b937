import type { GraphData } from './analytics-graph';
import { cooperativeNeighbours } from './analytics-graph';

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
  const neighbours = cooperativeNeighbours(data);
  const ids = [...neighbours.keys()].sort();
  return ids.map((actorId) => {
    const own = neighbours.get(actorId) ?? new Set<string>();
    if (own.size === 0) return { actorId, constraint: null };
    const pOwn = 1 / own.size;
    let constraint = 0;
    for (const j of own) {
      let indirect = 0;
      for (const q of own) {
        const qNeighbours = neighbours.get(q);
        if (q !== j && qNeighbours?.has(j)) indirect += pOwn / qNeighbours.size;
      }
      constraint += (pOwn + indirect) ** 2;
    }
    return { actorId, constraint };
  });
}
