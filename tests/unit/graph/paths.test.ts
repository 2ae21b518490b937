import { paths } from '../../../api/src/graph/paths';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import type { RelationType } from '../../../api/src/domain/vocabulary';
import { actor, frozen, relation } from './graph-fixtures';

// s reaches t through a, b (with a–b tied) or the longer c–d; a challenge also joins s and t directly.
const data: GraphData = frozen({
  actors: ['s', 'a', 'b', 'c', 'd', 't'].map((id) => actor(id)),
  relations: [
    relation('p1', 'PARTNERS_WITH', 's', 'a'),
    relation('p2', 'PARTNERS_WITH', 's', 'b'),
    relation('p3', 'PARTNERS_WITH', 'a', 't'),
    relation('p4', 'FUNDS', 'b', 't', { directed: true }),
    relation('p5', 'PARTNERS_WITH', 'a', 'b'),
    relation('p6', 'PARTNERS_WITH', 's', 'c'),
    relation('p7', 'PARTNERS_WITH', 'c', 'd', { mode: 'COOPERATION' }),
    relation('p8', 'PARTNERS_WITH', 'd', 't'),
    relation('p9', 'SUPPORTS', 'a', 't', { confidence: 0.3 }),
    relation('p10', 'CHALLENGES', 's', 't', { directed: true, mode: 'CONFRONTATION' }),
  ],
});
const cooperativeTypes: RelationType[] = ['PARTNERS_WITH', 'FUNDS', 'SUPPORTS'];

describe('paths', () => {
  it('finds the shortest path over every relation type by default, directions ignored', () => {
    const result = paths(data, 's', 't', 1);
    expect(result.shortest).toEqual({
      actorIds: ['s', 't'],
      length: 1,
      cost: 1,
      steps: [{ from: 's', to: 't', relationIds: ['p10'] }],
    });
    expect(result.paths).toHaveLength(1);
  });

  it("lists the k shortest loopless paths in order of length, then of actor ids (Yen's algorithm)", () => {
    const result = paths(data, 's', 't', 4, { types: cooperativeTypes });
    expect(result.paths.map((p) => p.actorIds.join(''))).toEqual(['sat', 'sbt', 'sabt', 'sbat']);
    expect(result.shortest?.actorIds).toEqual(['s', 'a', 't']);
  });

  it('stops when there are fewer than k loopless paths', () => {
    const result = paths(data, 's', 't', 10, { types: cooperativeTypes });
    expect(result.paths.map((p) => p.actorIds.join(''))).toEqual(['sat', 'sbt', 'sabt', 'sbat', 'scdt']);
  });

  it('lists every relation behind each step', () => {
    const [first] = paths(data, 's', 't', 1, { types: cooperativeTypes }).paths;
    expect(first?.steps).toEqual([
      { from: 's', to: 'a', relationIds: ['p1'] },
      { from: 'a', to: 't', relationIds: ['p3', 'p9'] },
    ]);
  });

  it('leaves out relations below the minimum confidence', () => {
    const [first] = paths(data, 's', 't', 1, { types: cooperativeTypes, minConfidence: 0.5 }).paths;
    expect(first?.steps[1]?.relationIds).toEqual(['p3']);
  });

  it('returns no path when the filters disconnect the two actors', () => {
    expect(paths(data, 's', 't', 3, { modes: ['COOPERATION'] })).toEqual({
      from: 's',
      to: 't',
      shortest: null,
      paths: [],
    });
    expect(paths(data, 's', 't', 3, { types: ['FUNDS'] }).shortest).toBeNull();
    expect(paths(data, 's', 'nobody', 3).shortest).toBeNull();
  });

  it('gives an actor a path of length 0 to itself', () => {
    expect(paths(data, 's', 's', 3).paths).toEqual([{ actorIds: ['s'], length: 0, cost: 0, steps: [] }]);
  });
});
