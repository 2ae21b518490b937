import { diff } from '../../../api/src/graph/time-diff';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const data: GraphData = frozen({
  actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => actor(id)),
  relations: [
    relation('r1', 'PARTNERS_WITH', 'a', 'b', { since: '2015', until: '2016' }),
    relation('r2', 'PARTNERS_WITH', 'b', 'c', { since: '2017' }),
    relation('r3', 'PARTNERS_WITH', 'c', 'd'),
    relation('r4', 'PARTNERS_WITH', 'd', 'e', { since: '2018-06' }),
    relation('r5', 'FUNDS', 'e', 'f', { directed: true, since: '2017-03-01', until: '2019' }),
  ],
});

describe('diff', () => {
  it('lists relations added and ended between two dates', () => {
    const result = diff(data, '2016-06-01', '2018-01-01');
    expect(result.addedRelationIds).toEqual(['r2', 'r5']);
    expect(result.endedRelationIds).toEqual(['r1']);
  });

  it('counts actors as added when they enter the active network and ended when they leave it', () => {
    const result = diff(data, '2016-06-01', '2018-01-01');
    expect(result.addedActorIds).toEqual(['e', 'f']);
    expect(result.endedActorIds).toEqual(['a']);
  });

  it('reads partial dates as whole periods', () => {
    const result = diff(data, '2016', '2018');
    expect(result.addedRelationIds).toEqual(['r2', 'r4', 'r5']);
    expect(result.endedRelationIds).toEqual(['r1']);
  });

  it('is empty between a date and itself', () => {
    expect(diff(data, '2017', '2017')).toEqual({
      from: '2017',
      to: '2017',
      addedRelationIds: [],
      endedRelationIds: [],
      addedActorIds: [],
      endedActorIds: [],
      changedRelations: [],
      renamedActors: [],
      successions: [],
    });
  });
});
