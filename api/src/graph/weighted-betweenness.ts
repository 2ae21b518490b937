import type { GraphData } from './analytics-graph';
import type { BetweennessOptions, BetweennessResult } from './betweenness';
import { accumulateDependencies } from './brandes-pass';
import type { IndexedAdjacency } from './indexed-adjacency';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { MinHeap } from './min-heap';
import { seededRandom } from './seeded-random';
import { cooperativeTieCosts } from './tie-cost';

/** Path costs equal to this relative tolerance count as equal (sums of costs in another order differ in the last bits). */
const EQUAL = 1e-9;

/**
 * Weighted betweenness on the undirected cooperative graph (Brandes 2001, with Dijkstra's search for
 * weighted graphs): shortest paths are the cheapest by tie cost (`tieCost`, 5 / (strength × confidence)
 * of each pair's strongest relation), so an actor on the routes over strong, certain ties ranks above
 * one on routes over one-off or doubtful ties. Normalised by (n−1)(n−2) as networkx's
 * `betweenness_centrality(weight=…)`. Exact up to `exactLimit` actors; above, the same seeded pivot
 * sample as `sampledBetweenness`, with its Hoeffding bound.
 */
export function weightedBetweenness(
  data: Readonly<GraphData>,
  options: Readonly<BetweennessOptions> = {},
): BetweennessResult {
  return weightedBetweennessOn(indexCooperativeAdjacency(data), cooperativeTieCosts(data), options);
}

/** `weightedBetweenness` on a CSR graph with a cost per arc (> 0). */
export function weightedBetweennessOn(
  adjacency: IndexedAdjacency,
  costs: Float64Array,
  options: Readonly<BetweennessOptions> = {},
): BetweennessResult {
  const { ids } = adjacency;
  const n = ids.length;
  const exact = n <= (options.exactLimit ?? 5000);
  const k = exact ? n : Math.max(1, Math.min(Math.floor(options.pivots ?? 500), n));
  const order = Int32Array.from({ length: n }, (_, i) => i);
  if (!exact) {
    const random = seededRandom(options.seed ?? 1);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
  }
  const pass = weightedPass(adjacency, costs);
  const sum = new Float64Array(n);
  const sumOfSquares = new Float64Array(n);
  const perSource = n < 3 ? 0 : (exact ? 1 : n / k) / ((n - 1) * (n - 2));
  for (let p = 0; p < k; p++) {
    const { stack, reached, delta } = pass(order[p] as number);
    for (let i = 1; i < reached; i++) {
      const w = stack[i] as number;
      const x = (delta[w] as number) * perSource;
      sum[w] = (sum[w] as number) + x;
      sumOfSquares[w] = (sumOfSquares[w] as number) + x * x;
    }
  }
  if (exact) {
    const scores = ids.map((actorId, v) => ({ actorId, betweenness: sum[v] as number, standardError: null }));
    return { method: 'EXACT', pivots: null, errorBound: null, errorConfidence: null, scores };
  }
  // Each pivot's estimate is n·δ/((n−1)(n−2)); `sum` holds their sum divided by k (see perSource).
  const scores = ids.map((actorId, v) => {
    const mean = sum[v] as number;
    const squares = (sumOfSquares[v] as number) * k * k;
    const variance = k > 1 ? Math.max(0, (squares - k * mean * mean) / (k - 1)) : 0;
    return { actorId, betweenness: mean, standardError: Math.sqrt((variance / k) * ((n - k) / n)) };
  });
  const errorBound = k >= n ? 0 : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / 0.05) / (2 * k));
  return { method: 'SAMPLED', pivots: k, errorBound, errorConfidence: 0.95, scores };
}

/** One source's Brandes pass over Dijkstra's search; arrays reused between sources. */
function weightedPass(adjacency: IndexedAdjacency, costs: Float64Array) {
  const { ids, offsets, targets } = adjacency;
  const n = ids.length;
  const distance = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const settled = new Uint8Array(n);
  const stack = new Int32Array(n);
  const predecessors = new Int32Array(targets.length);
  const predecessorCount = new Int32Array(n);
  return (source: number) => {
    distance.fill(Infinity);
    settled.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    predecessorCount[source] = 0;
    const heap = new MinHeap();
    heap.push(0, 0, source);
    let reached = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (settled[v]) continue;
      settled[v] = 1;
      stack[reached++] = v;
      delta[v] = 0;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if (settled[w]) continue;
        const next = (distance[v] as number) + (costs[e] as number);
        const known = distance[w] as number;
        if (next < known - EQUAL * Math.max(1, next)) {
          distance[w] = next;
          sigma[w] = sigma[v] as number;
          predecessors[offsets[w] as number] = v;
          predecessorCount[w] = 1;
          heap.push(next, 0, w);
        } else if (Math.abs(next - known) <= EQUAL * Math.max(1, next)) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          predecessors[(offsets[w] as number) + (predecessorCount[w] as number)] = v;
          predecessorCount[w] = (predecessorCount[w] as number) + 1;
        }
      }
    }
    accumulateDependencies(offsets, { stack, sigma, delta, predecessors, predecessorCount }, reached);
    return { stack, reached, delta };
  };
}
