import type { GraphData } from './analytics-graph';
import { forEachCommon, indexCooperativeAdjacency } from './indexed-adjacency';

export interface ActorEffectiveSize {
  actorId: string;
  /** Null for an isolated actor, where the measure is undefined (networkx returns NaN). */
  effectiveSize: number | null;
}

/**
 * Burt's (1992) effective size on the undirected, unweighted cooperative graph, in Borgatti's (1997)
 * simplification that networkx's `effective_size` uses for that case: n − 2t/n, with n the actor's
 * degree and t the number of ties among its neighbours — the contacts that are not redundant.
 */
export function effectiveSize(data: Readonly<GraphData>): ActorEffectiveSize[] {
  const effectiveSizeOf = effectiveSizeAt(data);
  return indexCooperativeAdjacency(data).ids.map((actorId, i) => ({ actorId, effectiveSize: effectiveSizeOf(i) }));
}

/** Effective size of one actor, by its index in `indexCooperativeAdjacency` (actors in id order). */
export function effectiveSizeAt(data: Readonly<GraphData>): (i: number) => number | null {
  const { offsets, targets } = indexCooperativeAdjacency(data);
  return (i) => {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    const n = to - from;
    if (n === 0) return null;
    let endpoints = 0;
    for (let e = from; e < to; e++) {
      forEachCommon(offsets, targets, i, targets[e] as number, () => {
        endpoints += 1;
      });
    }
    // Each tie among neighbours was seen from both ends, so `endpoints` is already 2t.
    return n - endpoints / n;
  };
}
