import { latencyStats, percentile } from '../../bench/latency-stats';

describe('percentile', () => {
  it('takes the nearest rank of the sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('is NaN without values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('latencyStats', () => {
  it('sorts the durations and counts requests per second of wall-clock time', () => {
    const stats = latencyStats([30, 10, 20, 40], 2000);
    expect(stats).toEqual({ count: 4, p50: 20, p95: 40, p99: 40, rps: 2 });
  });
});
