import type { GraphData } from './analytics-graph';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { seededRandom } from './seeded-random';

export interface SampledBetweennessOptions {
  pivots: number;
  seed?: number;
  /** Confidence of the stated uniform error bound; 0.95 unless given. */
  confidence?: number;
}

export interface SampledBetweenness {
  pivots: number;
  /** With probability ≥ `confidence`, every actor's estimate is within this of its exact value. */
  errorBound: number;
  confidence: number;
  scores: { actorId: string; betweenness: number; standardError: number }[];
}

/**
 * Normalised betweenness of the undirected cooperative graph estimated from a seeded sample of source
 * pivots (Brandes 2001 accumulation; pivot sampling after Brandes & Pich 2007). Each pivot s gives the
 * unbiased estimate X = n·δ_s(v)/((n−1)(n−2)) of v's normalised betweenness; the result is their mean.
 * Per actor we report the standard error of that mean (with the finite-population correction, pivots
 * being drawn without replacement). The uniform `errorBound` is Hoeffding's inequality with a union
 * bound over all n actors: X ∈ [0, n/(n−1)], so ε = n/(n−1)·√(ln(2n/α)/(2k)) at confidence 1 − α
 * (Hoeffding 1963 shows the bound also holds for draws without replacement). It is deliberately
 * conservative; the per-actor standard errors are the sharper guide. With pivots ≥ n every node is a
 * pivot and the result is exact.
 */
export function sampledBetweenness(
  data: Readonly<GraphData>,
  options: Readonly<SampledBetweennessOptions>,
): SampledBetweenness {
  const { ids, offsets, targets } = indexCooperativeAdjacency(data);
  const n = ids.length;
  const k = Math.max(1, Math.min(Math.floor(options.pivots), n));
  const confidence = options.confidence ?? 0.95;
  if (n < 3) {
    return {
      pivots: Math.min(k, n),
      errorBound: 0,
      confidence,
      scores: ids.map((actorId) => ({ actorId, betweenness: 0, standardError: 0 })),
    };
  }

  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed ?? 1);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }

  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const stack = new Int32Array(n);
  const sum = new Float64Array(n);
  const sumOfSquares = new Float64Array(n);
  const perPivot = n / ((n - 1) * (n - 2));

  // Predecessors of w on shortest paths from the pivot are stored in w's own adjacency slots (there
  // are at most deg(w) of them), so the backward pass walks predecessors only.
  const predecessors = new Int32Array(targets.length);
  const predecessorCount = new Int32Array(n);
  for (let p = 0; p < k; p++) {
    const source = order[p];
    // Only distance needs resetting: sigma, delta and the predecessor count of a node are set when
    // the BFS first reaches it, and nodes it never reaches are never read.
    distance.fill(-1);
    sigma[source] = 1;
    delta[source] = 0;
    distance[source] = 0;
    predecessorCount[source] = 0;
    // The stack doubles as the BFS queue: nodes are appended in non-decreasing distance.
    let head = 0;
    let tail = 0;
    stack[tail++] = source;
    while (head < tail) {
      const v = stack[head++];
      const next = distance[v] + 1;
      const sigmaV = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        const dw = distance[w];
        if (dw === -1) {
          distance[w] = next;
          stack[tail++] = w;
          sigma[w] = sigmaV;
          delta[w] = 0;
          predecessors[offsets[w]] = v;
          predecessorCount[w] = 1;
        } else if (dw === next) {
          sigma[w] += sigmaV;
          predecessors[offsets[w] + predecessorCount[w]++] = v;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = e + predecessorCount[w]; e < end; e++) {
        const v = predecessors[e];
        delta[v] += sigma[v] * coefficient;
      }
      const x = delta[w] * perPivot;
      sum[w] += x;
      sumOfSquares[w] += x * x;
    }
  }

  const populationCorrection = (n - k) / n;
  const scores = ids.map((actorId, v) => {
    const mean = sum[v] / k;
    const variance = k > 1 ? Math.max(0, (sumOfSquares[v] - k * mean * mean) / (k - 1)) : 0;
    return { actorId, betweenness: mean, standardError: Math.sqrt((variance / k) * populationCorrection) };
  });
  const errorBound = k >= n ? 0 : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * k));
  return { pivots: k, errorBound, confidence, scores };
}
