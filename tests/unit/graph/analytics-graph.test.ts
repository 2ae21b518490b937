import { buildCooperativeGraph, cooperativeNeighbours } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const data = frozen({
  actors: [actor('a'), actor('b'), actor('c'), actor('d')],
  relations: [
    relation('r1', 'PARTNERS_WITH', 'a', 'b'),
    relation('r2', 'FUNDS', 'b', 'a', { directed: true }),
    relation('r3', 'CHALLENGES', 'b', 'c', { directed: true }),
    relation('r4', 'ADVOCATES_TO', 'c', 'd', { directed: true, mode: 'CONFRONTATION' }),
    relation('r5', 'CONSULTS', 'd', 'c', { directed: true }),
    relation('r6', 'PARTNERS_WITH', 'a', 'a'),
    relation('r7', 'PARTNERS_WITH', 'a', 'nobody'),
  ],
});

describe('buildCooperativeGraph', () => {
  it('collapses several cooperative relations between a pair into one edge', () => {
    const graph = buildCooperativeGraph(data);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    expect(graph.edges('a', 'b')).toHaveLength(1);
  });

  it('is built once per data object and shared', () => {
    expect(buildCooperativeGraph(data)).toBe(buildCooperativeGraph(data));
    expect(buildCooperativeGraph({ ...data })).not.toBe(buildCooperativeGraph(data));
  });

  it('leaves out CHALLENGES, CONFRONTATION, self-ties and dangling relations', () => {
    const graph = buildCooperativeGraph(data);
    expect(graph.hasEdge('b', 'c')).toBe(false);
    expect(graph.hasEdge('a', 'a')).toBe(false);
    expect(graph.hasEdge('c', 'd')).toBe(true);
  });
});

describe('cooperativeNeighbours', () => {
  it('lists every actor, isolates included', () => {
    const neighbours = cooperativeNeighbours(data);
    expect([...neighbours.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...(neighbours.get('a') ?? [])]).toEqual(['b']);
    expect([...(neighbours.get('c') ?? [])]).toEqual(['d']);
  });
});
