/** Latency figures of one series of timed requests. */
export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second: count over the wall-clock time of the series. */
  rps: number;
}

/** The value at rank ⌈q·n⌉ of the sorted values (nearest-rank percentile), NaN when empty. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** p50/p95/p99 of `durationsMs` and the rate over `wallMs`. */
export function latencyStats(durationsMs: readonly number[], wallMs: number): LatencyStats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    rps: wallMs > 0 ? (sorted.length * 1000) / wallMs : NaN,
  };
}
