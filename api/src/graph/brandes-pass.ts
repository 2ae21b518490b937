import type { IndexedAdjacency } from './indexed-adjacency';

/** Arrays one Brandes pass works in, allocated once per graph and reused for every source. */
export interface BrandesScratch {
  readonly sigma: Float64Array;
  /** After a pass: δ_s(v), the dependency of the source on v, for every v the pass reached. */
  readonly delta: Float64Array;
  readonly distance: Int32Array;
  /** After a pass: the nodes reached, in non-decreasing distance from the source (the source first). */
  readonly stack: Int32Array;
  readonly predecessors: Int32Array;
  readonly predecessorCount: Int32Array;
}

/** Scratch arrays for passes over `adjacency`. */
export function brandesScratch(adjacency: IndexedAdjacency): BrandesScratch {
  const n = adjacency.ids.length;
  return {
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    distance: new Int32Array(n),
    stack: new Int32Array(n),
    predecessors: new Int32Array(adjacency.targets.length),
    predecessorCount: new Int32Array(n),
  };
}

/**
 * One source's pass of Brandes's (2001) algorithm on an unweighted graph: a breadth-first search
 * counting shortest paths (σ), then the dependencies δ_s(v) = Σ_{w: v ∈ pred(w)} σ_v/σ_w·(1 + δ_s(w))
 * accumulated in reverse order. Returns how many nodes the pass reached; `scratch.stack` holds them
 * and `scratch.delta` their dependencies. Nodes not reached keep stale values: read only the stack.
 */
export function brandesPass(adjacency: IndexedAdjacency, source: number, scratch: BrandesScratch): number {
  const { offsets, targets } = adjacency;
  const { sigma, delta, distance, stack, predecessors, predecessorCount } = scratch;
  // Only distance needs resetting: sigma, delta and the predecessor count of a node are set when the
  // search first reaches it. Predecessors of w are stored in w's own adjacency slots (at most deg(w)).
  distance.fill(-1);
  sigma[source] = 1;
  delta[source] = 0;
  distance[source] = 0;
  predecessorCount[source] = 0;
  // The stack doubles as the search queue: nodes are appended in non-decreasing distance.
  let head = 0;
  let tail = 0;
  stack[tail++] = source;
  while (head < tail) {
    const v = stack[head++] as number;
    const next = (distance[v] as number) + 1;
    const sigmaV = sigma[v] as number;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const w = targets[e] as number;
      const dw = distance[w] as number;
      if (dw === -1) {
        distance[w] = next;
        stack[tail++] = w;
        sigma[w] = sigmaV;
        delta[w] = 0;
        predecessors[offsets[w] as number] = v;
        predecessorCount[w] = 1;
      } else if (dw === next) {
        sigma[w] = (sigma[w] as number) + sigmaV;
        predecessors[(offsets[w] as number) + (predecessorCount[w] as number)] = v;
        predecessorCount[w] = (predecessorCount[w] as number) + 1;
      }
    }
  }
  accumulateDependencies(offsets, scratch, tail);
  return tail;
}

/**
 * Brandes's backward pass: δ_s(v) += σ_v/σ_w·(1 + δ_s(w)) over the predecessors v of each w, taking
 * the `reached` nodes of `scratch.stack` in reverse (non-increasing distance). Predecessors of w are
 * in w's adjacency slots from `offsets[w]`. Shared by the unweighted and the weighted (Dijkstra) pass.
 */
export function accumulateDependencies(
  offsets: Int32Array,
  scratch: Pick<BrandesScratch, 'stack' | 'sigma' | 'delta' | 'predecessors' | 'predecessorCount'>,
  reached: number,
): void {
  const { stack, sigma, delta, predecessors, predecessorCount } = scratch;
  for (let i = reached - 1; i > 0; i--) {
    const w = stack[i] as number;
    const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
    for (let e = offsets[w] as number, end = e + (predecessorCount[w] as number); e < end; e++) {
      const v = predecessors[e] as number;
      delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
  }
}

/**
 * Σ δ_s(v) over the sources `first … first + count − 1` (indices into `adjacency.ids`), for every v:
 * a slice of exact betweenness, so that the sum over all sources can be computed in parts (in
 * several jobs, threads or turns) and added up. Unnormalised; each unordered pair is counted from
 * both of its ends.
 */
export function dependencySums(adjacency: IndexedAdjacency, first: number, count: number): Float64Array {
  const n = adjacency.ids.length;
  const sums = new Float64Array(n);
  const scratch = brandesScratch(adjacency);
  const last = Math.min(n, first + count);
  for (let source = Math.max(0, first); source < last; source++) {
    const reached = brandesPass(adjacency, source, scratch);
    for (let i = 1; i < reached; i++) {
      const w = scratch.stack[i] as number;
      sums[w] = (sums[w] as number) + (scratch.delta[w] as number);
    }
  }
  return sums;
}

/** Normalised undirected betweenness from the dependency sums over every source, as networkx: Σδ/((n−1)(n−2)). */
export function normaliseDependencySums(sums: ArrayLike<number>): number[] {
  const n = sums.length;
  const scale = n < 3 ? 0 : 1 / ((n - 1) * (n - 2));
  return Array.from(sums, (sum) => sum * scale);
}
