import type { GraphData } from './analytics-graph';
import { derived } from './derived';
import { indexCooperativeAdjacency } from './indexed-adjacency';

export interface PageRankOptions {
  /** Probability of following a tie rather than jumping anywhere; 0.85 unless given. */
  damping?: number;
  /** Stop when the L1 change of a step is below n · tolerance; 1e-12 unless given. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * PageRank (Brin & Page 1998) on the undirected cooperative graph, each tie read both ways, as
 * networkx's `pagerank` with uniform personalisation: an actor without ties (dangling) spreads its
 * score over everyone. Values sum to 1, in actor-id order (`indexCooperativeAdjacency`). Unlike
 * betweenness it rewards being tied to well-tied actors, not lying between groups.
 */
export function pageRank(data: Readonly<GraphData>, options: Readonly<PageRankOptions> = {}): Float64Array {
  const { offsets, targets, ids } = indexCooperativeAdjacency(data);
  const n = ids.length;
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 1000;
  let rank = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations && n > 0; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if (offsets[v + 1] === offsets[v]) dangling += rank[v] as number;
    const base = (damping * dangling + (1 - damping)) / n;
    next.fill(base);
    for (let v = 0; v < n; v++) {
      const from = offsets[v] as number;
      const to = offsets[v + 1] as number;
      if (to === from) continue;
      const share = (damping * (rank[v] as number)) / (to - from);
      for (let e = from; e < to; e++) {
        const w = targets[e] as number;
        next[w] = (next[w] as number) + share;
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) change += Math.abs((next[v] as number) - (rank[v] as number));
    [rank, next] = [next, rank];
    if (change < n * tolerance) break;
  }
  return rank;
}

/** `pageRank` with the defaults, computed once per data object. */
export function pageRankOf(data: Readonly<GraphData>): Float64Array {
  return derived(data, 'pageRank', () => pageRank(data));
}
