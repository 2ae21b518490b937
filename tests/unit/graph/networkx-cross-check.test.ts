import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { betweenness } from '../../../api/src/graph/betweenness';
import { connectedComponents } from '../../../api/src/graph/connected-components';
import { burtConstraint } from '../../../api/src/graph/constraint';
import { adamicAdar } from '../../../api/src/graph/adamic-adar';
import { cooperativeNeighbours } from '../../../api/src/graph/analytics-graph';
import { effectiveSize } from '../../../api/src/graph/effective-size';
import { sampledBetweenness } from '../../../api/src/graph/sampled-betweenness';
import { pageRank } from '../../../api/src/graph/page-rank';
import { coreNumbers } from '../../../api/src/graph/core-number';
import { indexCooperativeAdjacency } from '../../../api/src/graph/indexed-adjacency';
import { weightedBetweennessOn } from '../../../api/src/graph/weighted-betweenness';
import { actorIdsInOrder } from '../../../api/src/graph/analytics-graph';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, relation } from './graph-fixtures';

/** The oracle written by tests/fixtures/networkx/generate.py. */
interface NetworkxFixture {
  name: string;
  nodes: number[];
  edges: [number, number][];
  betweenness: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
  components: number[][];
  pageRank: number[];
  coreNumber: number[];
  /** With cost 1 + (u + v) mod 3 on each edge. */
  weightedBetweenness: number[];
  /** [u, v, index] for a sample of unlinked pairs at distance 2. */
  adamicAdar: [number, number, number][];
}

const folder = path.resolve(__dirname, '../../fixtures/networkx');
const fixtures: NetworkxFixture[] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as NetworkxFixture);

const id = (node: number): string => `n${node}`;
const toGraphData = (fixture: NetworkxFixture): GraphData => ({
  actors: fixture.nodes.map((node) => actor(id(node))),
  relations: fixture.edges.map(([u, v], i) => relation(`e${i}`, 'PARTNERS_WITH', id(u), id(v))),
});

/** Our rows keyed by actor id, in the fixture's node order. */
const inNodeOrder = <T extends { actorId: string }, K extends keyof T>(
  fixture: NetworkxFixture,
  rows: T[],
  key: K,
): T[K][] => {
  const byId = new Map(rows.map((row) => [row.actorId, row[key]]));
  return fixture.nodes.map((node) => byId.get(id(node)) as T[K]);
};

const expectClose = (ours: (number | null)[], theirs: (number | null)[]): void => {
  expect(ours).toHaveLength(theirs.length);
  ours.forEach((value, i) => {
    const expected = theirs[i] as number | null;
    if (expected === null) expect(value).toBeNull();
    else expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(1e-9);
  });
};

describe('networkx cross-check', () => {
  it('has the three generated graphs', () => {
    expect(fixtures.map((f) => f.name)).toEqual(['gnm-1000-2500', 'gnm-300-420', 'powerlaw-cluster-600']);
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const data = toGraphData(fixture);

    it('matches betweenness_centrality (normalized)', () => {
      const result = betweenness(data);
      expect(result.method).toBe('EXACT');
      expectClose(inNodeOrder(fixture, result.scores, 'betweenness'), fixture.betweenness);
    });

    it('matches betweenness_centrality with our own Brandes when every node is a pivot', () => {
      const result = sampledBetweenness(data, { pivots: fixture.nodes.length });
      expectClose(inNodeOrder(fixture, result.scores, 'betweenness'), fixture.betweenness);
    });

    it('matches constraint, null where networkx gives NaN', () => {
      expectClose(inNodeOrder(fixture, burtConstraint(data), 'constraint'), fixture.constraint);
    });

    it('matches effective_size, null where networkx gives NaN', () => {
      expectClose(inNodeOrder(fixture, effectiveSize(data), 'effectiveSize'), fixture.effectiveSize);
    });

    /** Values in actor-id order (the CSR index space) as the fixture's node order. */
    const inFixtureOrder = (values: ArrayLike<number>): number[] => {
      const at = new Map(actorIdsInOrder(data).map((actorId, i) => [actorId, values[i] as number]));
      return fixture.nodes.map((node) => at.get(id(node)) as number);
    };

    it('matches pagerank (alpha 0.85)', () => {
      expectClose(inFixtureOrder(pageRank(data)), fixture.pageRank);
    });

    it('matches betweenness_centrality(weight=…) with our weighted Brandes (Dijkstra)', () => {
      const adjacency = indexCooperativeAdjacency(data);
      const nodeOf = (i: number): number => Number((adjacency.ids[i] as string).slice(1));
      const costs = new Float64Array(adjacency.targets.length);
      for (let v = 0; v < adjacency.ids.length; v++) {
        for (let e = adjacency.offsets[v] as number; e < (adjacency.offsets[v + 1] as number); e++) {
          costs[e] = 1 + ((nodeOf(v) + nodeOf(adjacency.targets[e] as number)) % 3);
        }
      }
      const result = weightedBetweennessOn(adjacency, costs);
      expect(result.method).toBe('EXACT');
      expectClose(inNodeOrder(fixture, result.scores, 'betweenness'), fixture.weightedBetweenness);
      // The weights matter: the unweighted values differ.
      expect(fixture.weightedBetweenness).not.toEqual(fixture.betweenness);
    });

    it('matches core_number exactly', () => {
      expect(inFixtureOrder(coreNumbers(data))).toEqual(fixture.coreNumber);
      expect(Math.max(...fixture.coreNumber)).toBeGreaterThan(1);
    });

    it('matches connected_components as sets', () => {
      const ours = connectedComponents(data).map((c) => [...c].sort().join(' '));
      const theirs = fixture.components.map((c) => c.map(id).sort().join(' '));
      expect(new Set(ours)).toEqual(new Set(theirs));
      expect(ours).toHaveLength(theirs.length);
    });

    it('matches adamic_adar_index on sampled unlinked pairs', () => {
      const neighbours = cooperativeNeighbours(data);
      expect(fixture.adamicAdar.length).toBeGreaterThan(100);
      for (const [u, v, expected] of fixture.adamicAdar) {
        expect(Math.abs(adamicAdar(neighbours, id(u), id(v)).value - expected)).toBeLessThanOrEqual(1e-9);
      }
    });
  });

  it('keeps sampled estimates within the stated error bound', () => {
    const fixture = fixtures.find((f) => f.name === 'powerlaw-cluster-600') as NetworkxFixture;
    const result = sampledBetweenness(toGraphData(fixture), { pivots: 100, seed: 2 });
    const ours = inNodeOrder(fixture, result.scores, 'betweenness');
    const worst = Math.max(...ours.map((value, i) => Math.abs(value - (fixture.betweenness[i] as number))));
    expect(worst).toBeLessThanOrEqual(result.errorBound);
  });
});
