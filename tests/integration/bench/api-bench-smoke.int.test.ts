/**
 * `npm run bench:api` in smoke mode (300 actors, a handful of requests), so that the harness cannot rot
 * unnoticed: the peer must start and answer, every read workload's answers must agree, and every
 * workload must be timed on both servers. Uses the built API (api/dist), which `npm test` builds first.
 */
import { apiBench, SMOKE_OPTIONS, type ApiBenchResult } from '../../bench/api.bench';

const READ_WORKLOADS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('bench:api (smoke mode)', () => {
  let result: ApiBenchResult;
  const lines: string[] = [];

  beforeAll(async () => {
    const neo4jUri = process.env.NEO4J_URI;
    if (!neo4jUri) throw new Error('NEO4J_URI is not set: the integration global setup should have started Neo4j');
    result = await apiBench({ neo4jUri, ...SMOKE_OPTIONS, build: false, log: (line) => lines.push(line) });
  }, 300_000);

  it('checks every read workload and finds the same answers on Tiermap and the peer', () => {
    const [size] = result.sizes;
    expect(size?.actors).toBe(300);
    expect(size?.workloads.map((w) => w.key)).toEqual(READ_WORKLOADS);
    for (const workload of size!.workloads) {
      expect({ key: workload.key, differences: workload.check.differences }).toEqual({
        key: workload.key,
        differences: [],
      });
      expect(workload.check.compared).not.toBe('');
    }
  });

  it('times both servers on every read workload at 1 and 8 clients', () => {
    for (const workload of result.sizes[0]!.workloads) {
      expect(workload.timings.map((t) => t.clients)).toEqual([1, 8]);
      for (const { series } of workload.timings) {
        expect(series.tiermap.count).toBeGreaterThan(0);
        expect(series.peer?.count).toBe(series.tiermap.count);
        expect(series.tiermap.p50).toBeGreaterThan(0);
        expect(series.peer!.p50).toBeGreaterThan(0);
      }
    }
  });

  it("times Tiermap's writes", () => {
    expect(result.writes.map((w) => w.key)).toEqual(['w1', 'w2', 'w3']);
    for (const write of result.writes) {
      for (const { series } of write.timings) expect(series.tiermap.count).toBeGreaterThan(0);
    }
  });

  it("profiles each read request's statements on both servers", () => {
    const hits = result.sizes[0]!.dbHits;
    expect(hits.map((h) => h.key)).toEqual(READ_WORKLOADS);
    for (const h of hits) {
      expect(h.error).toBeNull();
      expect(h.tiermap.length).toBeGreaterThan(0);
      expect(h.peer).toHaveLength(1);
      expect(h.tiermap.every((s) => s.name && !s.name.startsWith('statement'))).toBe(true);
      expect(h.tiermap.reduce((sum, s) => sum + s.dbHits, 0)).toBeGreaterThan(0);
      expect(h.peer[0]!.dbHits).toBeGreaterThan(0);
    }
  });
});
