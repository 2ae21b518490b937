import { rankBrokers, brokerRows } from '../../../api/src/graph/brokers';
import { coreNumbers } from '../../../api/src/graph/core-number';
import { pageRank } from '../../../api/src/graph/page-rank';
import { rankBy } from '../../../api/src/graph/ranked-measures';
import { simpleGraph } from './graph-fixtures';

/**
 * A close-knit group a–b–c–d (every pair tied) and a hub h tied to a and to five one-off contacts:
 * h has the most partners and lies between the most pairs, the group is the densest core.
 */
const ids = ['a', 'b', 'c', 'd', 'h', 'l1', 'l2', 'l3', 'l4', 'l5'];
const data = simpleGraph(ids, 'a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d', 'h-a', 'h-l1', 'h-l2', 'h-l3', 'h-l4', 'h-l5');
const order = (measure: Parameters<typeof rankBy>[2]): string[] =>
  rankBy(data, rankBrokers(data).ranked, measure).map((score) => score.actorId);

describe('coreNumbers', () => {
  it('gives the close-knit group core 3, and the hub and its one-off contacts core 1', () => {
    expect(Array.from(coreNumbers(data))).toEqual([3, 3, 3, 3, 1, 1, 1, 1, 1, 1]);
  });

  it('gives a ring core 2 and an isolate core 0', () => {
    expect(Array.from(coreNumbers(simpleGraph(['a', 'b', 'c', 'z'], 'a-b', 'b-c', 'c-a')))).toEqual([2, 2, 2, 0]);
  });
});

describe('pageRank', () => {
  it('sums to 1 and spreads a dangling actor’s share over everyone', () => {
    const values = Array.from(pageRank(simpleGraph(['a', 'b', 'z'], 'a-b')));
    expect(values.reduce((sum, v) => sum + v, 0)).toBeCloseTo(1, 12);
    // By symmetry a and b are equal; z only receives jumps: (1 − 0.85)/3 plus 0.85·z/3.
    expect(values[0]).toBeCloseTo(values[1] as number, 12);
    const z = values[2] as number;
    expect(z).toBeCloseTo(0.15 / 3 + (0.85 * z) / 3, 12);
  });
});

describe('rankBy', () => {
  it('keeps the betweenness ranking for BETWEENNESS: the hub first', () => {
    expect(order('BETWEENNESS').slice(0, 2)).toEqual(['h', 'a']);
  });

  it('ranks the group first by core number, the bridge a first among them by betweenness', () => {
    expect(order('CORE_NUMBER').slice(0, 4)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks by degree and PageRank: the hub leads both', () => {
    expect(order('DEGREE').slice(0, 2)).toEqual(['h', 'a']);
    expect(order('PAGE_RANK')[0]).toBe('h');
  });

  it('puts the degree, PageRank and core number in every row', () => {
    const [hub] = brokerRows(data, rankBrokers(data).ranked.slice(0, 1));
    expect(hub).toMatchObject({ actorId: 'h', degree: 6, coreNumber: 1 });
    expect(hub?.pageRank).toBeCloseTo(pageRank(data)[4] as number, 15);
  });
});
