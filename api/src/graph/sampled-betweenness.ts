import type { GraphData } from './analytics-graph';
import { brandesPass, brandesScratch } from './brandes-pass';
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

  const adjacency = { ids, offsets, targets };
  const scratch = brandesScratch(adjacency);
  const sum = new Float64Array(n);
  const sumOfSquares = new Float64Array(n);
  const perPivot = n / ((n - 1) * (n - 2));
  for (let p = 0; p < k; p++) {
    const reached = brandesPass(adjacency, order[p] as number, scratch);
    for (let i = 1; i < reached; i++) {
      const w = scratch.stack[i] as number;
      const x = (scratch.delta[w] as number) * perPivot;
      sum[w] = (sum[w] as number) + x;
      sumOfSquares[w] = (sumOfSquares[w] as number) + x * x;
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
