import { paths } from '../../../api/src/graph/paths';
import { tieCost } from '../../../api/src/graph/tie-cost';
import { betweenness } from '../../../api/src/graph/betweenness';
import { weightedBetweenness } from '../../../api/src/graph/weighted-betweenness';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, relation } from './graph-fixtures';

/**
 * s reaches t two ways: directly over a one-off consultation (strength 1), or through m over two long
 * partnerships (strength 5). A third route through w runs over strong but doubtful ties (confidence 0.3).
 */
const data: GraphData = {
  actors: ['m', 's', 't', 'w'].map((id) => actor(id)),
  relations: [
    relation('r1', 'CONSULTS', 's', 't', { strength: 1 }),
    relation('r2', 'PARTNERS_WITH', 's', 'm', { strength: 5 }),
    relation('r3', 'PARTNERS_WITH', 'm', 't', { strength: 5 }),
    relation('r4', 'PARTNERS_WITH', 's', 'w', { strength: 5, confidence: 0.3 }),
    relation('r5', 'PARTNERS_WITH', 'w', 't', { strength: 5, confidence: 0.3 }),
  ],
};

describe('tieCost', () => {
  it('is 5 / (strength × confidence): 1 for the strongest certain tie, 3 for strength 3 at confidence 5/9', () => {
    expect(tieCost({ strength: 5, confidence: 1 })).toBe(1);
    expect(tieCost({ strength: 1, confidence: 1 })).toBe(5);
    expect(tieCost({ strength: 3, confidence: 5 / 9 })).toBeCloseTo(3, 12);
    // Unknown strength counts as the middle of the scale.
    expect(tieCost({ strength: null, confidence: 1 })).toBeCloseTo(5 / 3, 12);
  });
});

describe('weighted paths', () => {
  it('prefer two strong ties to one weak tie, and state the cost', () => {
    const weighted = paths(data, 's', 't', 3, { weighted: true });
    expect(weighted.shortest?.actorIds).toEqual(['s', 'm', 't']);
    expect(weighted.shortest?.cost).toBeCloseTo(2, 12);
    // Then the direct consultation (5), then the doubtful route (2 × 5/(5 × 0.3) = 6.67).
    expect(weighted.paths.map((path) => path.actorIds.join(''))).toEqual(['smt', 'st', 'swt']);
    expect(weighted.paths.map((path) => path.cost)).toEqual([2, 5, expect.closeTo(20 / 3, 12)]);
  });

  it('leave the unweighted answer as it was: fewest steps, cost = steps', () => {
    const plain = paths(data, 's', 't', 3);
    expect(plain.shortest?.actorIds).toEqual(['s', 't']);
    expect(plain.paths.map((path) => [path.actorIds.join(''), path.cost])).toEqual([
      ['st', 1],
      ['smt', 2],
      ['swt', 2],
    ]);
  });

  it('take the strongest of several relations between a pair', () => {
    const withBoth: GraphData = {
      ...data,
      relations: [...data.relations, relation('r6', 'PARTNERS_WITH', 's', 't', { strength: 5 })],
    };
    const weighted = paths(withBoth, 's', 't', 1, { weighted: true });
    expect(weighted.shortest).toMatchObject({ actorIds: ['s', 't'], cost: 1 });
    expect(weighted.shortest?.steps[0]?.relationIds).toEqual(['r1', 'r6']);
  });

  it('respect the minimum confidence: the doubtful route is gone, not just dear', () => {
    const weighted = paths(data, 's', 't', 3, { weighted: true, minConfidence: 0.5 });
    expect(weighted.paths.map((path) => path.actorIds.join(''))).toEqual(['smt', 'st']);
  });

  it('among equal costs, give the path a breadth-first search gives (smallest ids first)', () => {
    const square: GraphData = {
      actors: ['a', 'b', 'c', 'd'].map((id) => actor(id)),
      relations: [
        relation('x1', 'PARTNERS_WITH', 'a', 'c'),
        relation('x2', 'PARTNERS_WITH', 'c', 'd'),
        relation('x3', 'PARTNERS_WITH', 'a', 'b'),
        relation('x4', 'PARTNERS_WITH', 'b', 'd'),
      ],
    };
    expect(paths(square, 'a', 'd', 2, { weighted: true }).paths.map((p) => p.actorIds.join(''))).toEqual([
      'abd',
      'acd',
    ]);
  });
});

describe('weightedBetweenness', () => {
  it('puts the strong route’s middle actor first: m carries s–t, w carries nothing', () => {
    const result = weightedBetweenness(data);
    expect(result.method).toBe('EXACT');
    const of = (id: string) => result.scores.find((score) => score.actorId === id)?.betweenness;
    // Of the 3 pairs not containing m, only s–t passes through it: 1/3 normalised by (n−1)(n−2)/2 = 3.
    expect(of('m')).toBeCloseTo(1 / 3, 12);
    expect(of('w')).toBe(0);
    // Unweighted, the direct tie carries s–t and m carries nothing.
    expect(betweenness(data).scores.find((score) => score.actorId === 'm')?.betweenness).toBe(0);
  });

  it('samples pivots above the exact limit, stating them and the bound', () => {
    const result = weightedBetweenness(data, { exactLimit: 2, pivots: 2, seed: 3 });
    expect(result).toMatchObject({ method: 'SAMPLED', pivots: 2, errorConfidence: 0.95 });
    expect(result.errorBound).toBeGreaterThan(0);
    const everySource = weightedBetweenness(data, { exactLimit: 2, pivots: 99 });
    expect(everySource.errorBound).toBe(0);
    expect(everySource.scores.map((s) => s.betweenness)).toEqual(
      weightedBetweenness(data).scores.map((s) => expect.closeTo(s.betweenness, 12)),
    );
  });
});
