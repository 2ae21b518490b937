import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const data: GraphData = frozen({
  actors: [
    actor('a', { themes: ['reception'], country: 'GR' }),
    actor('b', { themes: ['reception', 'protection'], country: 'GR' }),
    actor('c', { themes: ['protection'], country: 'IT' }),
    actor('u', { tier: 'GLOBAL', kind: 'UN_AGENCY', country: null, themes: ['reception'] }),
    actor('x', { themes: ['labour-migration'], country: 'ES' }),
  ],
  relations: [
    relation('r1', 'PARTNERS_WITH', 'a', 'b', { since: '2018', mode: 'COOPERATION', confidence: 0.9 }),
    relation('r2', 'FUNDS', 'u', 'a', { directed: true, until: '2017', themes: ['reception'], confidence: 0.4 }),
    relation('r3', 'CHALLENGES', 'c', 'b', { directed: true, mode: 'CONFRONTATION', themes: ['protection'] }),
    relation('r4', 'PARTNERS_WITH', 'b', 'ghost'),
  ],
});

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('filterGraph', () => {
  it('keeps relations active on the date and every actor', () => {
    const result = filterGraph(data, { asOf: '2018-06-01' });
    expect(ids(result.relations)).toEqual(['r1', 'r3']);
    expect(ids(result.actors)).toEqual(['a', 'b', 'c', 'u', 'x']);
  });

  it('filters by type, by mode (dropping relations without one) and by confidence', () => {
    expect(ids(filterGraph(data, { types: ['FUNDS', 'CHALLENGES'] }).relations)).toEqual(['r2', 'r3']);
    expect(ids(filterGraph(data, { modes: ['COOPERATION'] }).relations)).toEqual(['r1']);
    expect(ids(filterGraph(data, { minConfidence: 0.5 }).relations)).toEqual(['r1', 'r3']);
  });

  it('keeps relations on a theme, counting an unthemed relation whose ends share it', () => {
    const result = filterGraph(data, { themes: ['reception'] });
    expect(ids(result.relations)).toEqual(['r1', 'r2']);
    expect(ids(result.actors)).toEqual(['a', 'b', 'u']);
  });

  it('keeps relations touching a country and the actors at their other end', () => {
    const result = filterGraph(data, { countries: ['IT'] });
    expect(ids(result.relations)).toEqual(['r3']);
    expect(ids(result.actors)).toEqual(['b', 'c']);
  });

  it('drops relations whose ends are not both known actors', () => {
    expect(ids(filterGraph(data, {}).relations)).not.toContain('r4');
  });

  it('returns new arrays and leaves its frozen input alone', () => {
    const result = filterGraph(data, {});
    expect(result.actors).not.toBe(data.actors);
    expect(result.actors).toEqual(data.actors);
  });
});
