import { betweenness, betweennessFromValues } from '../../../api/src/graph/betweenness';
import { dependencySums, normaliseDependencySums } from '../../../api/src/graph/brandes-pass';
import { rankBetweenness } from '../../../api/src/graph/brokers';
import { indexCooperativeAdjacency } from '../../../api/src/graph/indexed-adjacency';
import { syntheticGraph } from '../analytics/synthetic-graph';
import { simpleGraph } from './graph-fixtures';

describe('dependencySums', () => {
  it('sums to exact betweenness when the sources are cut into parts and the parts added up', () => {
    const data = syntheticGraph(300, 5);
    const adjacency = indexCooperativeAdjacency(data);
    const n = adjacency.ids.length;
    const total = new Float64Array(n);
    for (let first = 0; first < n; first += 37) {
      dependencySums(adjacency, first, 37).forEach((sum, i) => (total[i] = (total[i] as number) + sum));
    }
    const exact = betweenness(data).scores.map((score) => score.betweenness);
    normaliseDependencySums(total).forEach((value, i) => expect(value).toBeCloseTo(exact[i] as number, 12));
    expect(Math.max(...exact)).toBeGreaterThan(0);
  });

  it('gives a path’s centre the dependencies of both ends: 2 from each side of a 3-path', () => {
    const adjacency = indexCooperativeAdjacency(simpleGraph(['a', 'b', 'c'], 'a-b', 'b-c'));
    // From a: δ(b) = 1 (the pair a–c); from c: the same; from b: none.
    expect(Array.from(dependencySums(adjacency, 0, 3))).toEqual([0, 2, 0]);
    expect(Array.from(dependencySums(adjacency, 1, 1))).toEqual([0, 0, 0]);
    expect(normaliseDependencySums([0, 2, 0])).toEqual([0, 1, 0]);
  });
});

describe('rankBetweenness', () => {
  it('ranks values equal to 12 digits as ties, by id, and states the cached method', () => {
    const ranking = rankBetweenness(betweennessFromValues(['a', 'b', 'c'], [0.1, 0.30000000000000004, 0.3]));
    expect(ranking.betweennessMethod).toBe('EXACT_FROM_CACHE');
    expect(ranking.ranked.map((score) => score.actorId)).toEqual(['b', 'c', 'a']);
    const reversed = rankBetweenness(betweennessFromValues(['a', 'b', 'c'], [0.1, 0.3, 0.30000000000000004]));
    expect(reversed.ranked.map((score) => score.actorId)).toEqual(['b', 'c', 'a']);
  });
});
