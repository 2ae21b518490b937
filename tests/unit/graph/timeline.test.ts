import type { GraphData, GraphSuccession } from '../../../api/src/graph/analytics-graph';
import { cooperativeRelations } from '../../../api/src/graph/analytics-graph';
import { asOfView, isPresentOn } from '../../../api/src/graph/as-of-view';
import { rankBrokers } from '../../../api/src/graph/brokers';
import { nameOn, relationOn } from '../../../api/src/graph/dated-state';
import { silos } from '../../../api/src/graph/silos';
import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import { diff } from '../../../api/src/graph/time-diff';
import { tierMatrix } from '../../../api/src/graph/tier-matrix';
import { actor, frozen, relation } from './graph-fixtures';

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id).sort();
const succession = (
  id: string,
  kind: GraphSuccession['kind'],
  predecessor: string,
  successor: string,
  on: string,
): GraphSuccession => ({ id, kind, predecessor, successor, on });

describe('a renamed ministry (one actor, dated names)', () => {
  const data: GraphData = frozen({
    actors: [
      actor('min', {
        kind: 'MINISTRY',
        tier: 'NATIONAL',
        name: 'Ministry of Migration and Asylum',
        formerNames: [
          { name: 'Ministry of Migration Policy', replacedOn: '2019-07' },
          { name: 'Ministry of Interior and Administrative Reconstruction', replacedOn: '2016-11' },
        ],
      }),
      actor('ngo'),
    ],
    relations: [relation('r1', 'CONSULTS', 'min', 'ngo', { since: '2014' })],
  });

  it('carries the name of each date, the period asked about read at its end', () => {
    expect(nameOn(data.actors[0]!, '2015-03-01')).toBe('Ministry of Interior and Administrative Reconstruction');
    expect(nameOn(data.actors[0]!, '2016-10')).toBe('Ministry of Interior and Administrative Reconstruction');
    expect(nameOn(data.actors[0]!, '2016')).toBe('Ministry of Migration Policy');
    expect(nameOn(data.actors[0]!, '2019-06-30')).toBe('Ministry of Migration Policy');
    expect(nameOn(data.actors[0]!, '2019-07-01')).toBe('Ministry of Migration and Asylum');
  });

  it('shows its old name in the graph as of an earlier date', () => {
    const view = filterGraph(data, { asOf: '2018-01-01' });
    expect(view.actors.find((a) => a.id === 'min')?.name).toBe('Ministry of Migration Policy');
    expect(filterGraph(data, {}).actors.find((a) => a.id === 'min')?.name).toBe('Ministry of Migration and Asylum');
  });

  it('is one institution in a diff, listed as renamed', () => {
    const result = diff(data, '2015', '2020');
    expect(result.addedActorIds).toEqual([]);
    expect(result.endedActorIds).toEqual([]);
    expect(result.renamedActors).toEqual([
      {
        actorId: 'min',
        fromActorId: 'min',
        fromName: 'Ministry of Interior and Administrative Reconstruction',
        toName: 'Ministry of Migration and Asylum',
      },
    ]);
  });
});

describe('a renamed ministry (a successor actor, SUCCEEDS)', () => {
  const data: GraphData = frozen({
    actors: [
      actor('old', { kind: 'MINISTRY', tier: 'NATIONAL', name: 'Ministry of Labour', until: '2016-12' }),
      actor('new', { kind: 'MINISTRY', tier: 'NATIONAL', name: 'Ministry of Labour and Integration', since: '2017' }),
      actor('ngo'),
      actor('city', { kind: 'MUNICIPALITY' }),
    ],
    relations: [
      relation('r1', 'CONSULTS', 'old', 'ngo', { since: '2012' }),
      relation('r2', 'FUNDS', 'new', 'city', { directed: true, since: '2018' }),
    ],
    successions: [succession('s1', 'SUCCEEDS', 'old', 'new', '2017')],
  });

  it('is one institution in a diff: the successor neither added nor the predecessor ended', () => {
    const result = diff(data, '2015', '2019');
    expect(result.endedActorIds).toEqual([]);
    expect(result.addedActorIds).toEqual(['city']);
    expect(result.renamedActors).toEqual([
      {
        actorId: 'new',
        fromActorId: 'old',
        fromName: 'Ministry of Labour',
        toName: 'Ministry of Labour and Integration',
      },
    ]);
    expect(result.successions.map((s) => s.id)).toEqual(['s1']);
    // The consultation carried over to the successor: the same tie, not ended.
    expect(result.endedRelationIds).toEqual([]);
    expect(result.addedRelationIds).toEqual(['r2']);
  });

  it('hands its ties to the successor from the succession date', () => {
    expect(filterGraph(data, { asOf: '2016' }).relations.map((r) => [r.id, r.source])).toEqual([['r1', 'old']]);
    const after = filterGraph(data, { asOf: '2019' });
    expect(after.relations.find((r) => r.id === 'r1')?.source).toBe('new');
    expect(ids(after.actors)).toEqual(['city', 'new', 'ngo']);
  });
});

describe('a merge', () => {
  // Two ministries merge into one on 2017-05; b's ties pass to c from that month on.
  const data: GraphData = frozen({
    actors: [
      actor('a', { kind: 'MINISTRY', tier: 'NATIONAL', until: '2017-04' }),
      actor('c', { kind: 'MINISTRY', tier: 'NATIONAL' }),
      actor('x'),
      actor('y'),
      actor('z'),
    ],
    relations: [
      relation('r1', 'PARTNERS_WITH', 'a', 'x', { since: '2010' }),
      relation('r2', 'PARTNERS_WITH', 'a', 'y', { since: '2010' }),
      relation('r3', 'PARTNERS_WITH', 'c', 'z', { since: '2010' }),
      relation('r4', 'PARTNERS_WITH', 'a', 'c', { since: '2010' }),
    ],
    successions: [succession('m1', 'MERGED_INTO', 'a', 'c', '2017-05')],
  });

  it('keeps the two apart before its date', () => {
    const before = filterGraph(data, { asOf: '2017-04-30' });
    expect(ids(before.actors)).toEqual(['a', 'c', 'x', 'y', 'z']);
    expect(before.relations.map((r) => `${r.source}-${r.target}`)).toEqual(['a-x', 'a-y', 'c-z', 'a-c']);
  });

  it('combines their ties in the absorbing actor from its date (their mutual tie dropped)', () => {
    const after = filterGraph(data, { asOf: '2017-05-01' });
    expect(ids(after.actors)).toEqual(['c', 'x', 'y', 'z']);
    expect(after.relations.map((r) => `${r.id}:${r.source}-${r.target}`)).toEqual(['r1:c-x', 'r2:c-y', 'r3:c-z']);
    // c is now the hub between x, y and z: every shortest path between them goes through it.
    const top = rankBrokers(after).ranked[0]!;
    expect(top.actorId).toBe('c');
    expect(top.betweenness).toBeGreaterThan(0);
    const before = rankBrokers(filterGraph(data, { asOf: '2016' })).ranked;
    expect(before.find((row) => row.actorId === 'c')!.betweenness).toBeLessThan(top.betweenness);
  });

  it('shows the merged actor continuing in the absorbing one in a diff, not as renamed', () => {
    const result = diff(data, '2016', '2018');
    expect(result.endedActorIds).toEqual([]);
    expect(result.addedActorIds).toEqual([]);
    expect(result.renamedActors).toEqual([]);
    expect(result.endedRelationIds).toEqual(['r4']);
    expect(result.successions.map((s) => s.kind)).toEqual(['MERGED_INTO']);
  });
});

describe('a tie that turned to confrontation', () => {
  const data: GraphData = frozen({
    actors: [actor('gov', { kind: 'MINISTRY', tier: 'NATIONAL' }), actor('ngo'), actor('net')],
    relations: [
      relation('r1', 'CONSULTS', 'gov', 'ngo', {
        directed: true,
        since: '2014',
        mode: 'COOPERATION',
        engagement: 'INVOLVE',
        states: [
          { on: '2019-03', mode: 'CONFRONTATION', engagement: 'INFORM' },
          { on: '2023', mode: 'COOPERATION' },
        ],
      }),
      relation('r2', 'PARTNERS_WITH', 'ngo', 'net'),
    ],
  });

  it('reads the state of each date', () => {
    expect(relationOn(data.relations[0]!, '2019-02').mode).toBe('COOPERATION');
    expect(relationOn(data.relations[0]!, '2019-03-01')).toMatchObject({ mode: 'CONFRONTATION', engagement: 'INFORM' });
    expect(relationOn(data.relations[0]!, '2024')).toMatchObject({ mode: 'COOPERATION', engagement: 'INFORM' });
  });

  it('is cooperative before that date and not after, in every analysis', () => {
    const before = filterGraph(data, { asOf: '2018-12-31' });
    const after = filterGraph(data, { asOf: '2020' });
    expect(cooperativeRelations(before).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(cooperativeRelations(after).map((r) => r.id)).toEqual(['r2']);
    expect(silos(before, { seed: 1 }).components).toHaveLength(1);
    expect(
      silos(after, { seed: 1 })
        .components.map((c) => c.size)
        .sort(),
    ).toEqual([1, 2]);
    expect(ids(filterGraph(data, { asOf: '2020', modes: ['CONFRONTATION'] }).relations)).toEqual(['r1']);
  });

  it('is listed as a changed tie in a diff', () => {
    expect(diff(data, '2018', '2020').changedRelations).toEqual([
      { relationId: 'r1', field: 'mode', from: 'COOPERATION', to: 'CONFRONTATION' },
      { relationId: 'r1', field: 'engagement', from: 'INVOLVE', to: 'INFORM' },
    ]);
  });
});

describe('an actor outside its lifespan', () => {
  const data: GraphData = frozen({
    actors: [
      actor('office', { kind: 'MUNICIPALITY', since: '2015-09', until: '2020' }),
      actor('ngo', { tier: 'LOCAL' }),
      actor('un', { kind: 'UN_AGENCY', tier: 'GLOBAL', country: null }),
    ],
    relations: [
      relation('r1', 'PARTNERS_WITH', 'office', 'ngo'),
      relation('r2', 'FUNDS', 'un', 'office', { directed: true, since: '2010' }),
      relation('r3', 'PARTNERS_WITH', 'ngo', 'un'),
    ],
  });

  it('is present only inside it', () => {
    expect(isPresentOn(data.actors[0]!, '2015-08-31')).toBe(false);
    expect(isPresentOn(data.actors[0]!, '2015')).toBe(true);
    expect(isPresentOn(data.actors[0]!, '2020-12-31')).toBe(true);
    expect(isPresentOn(data.actors[0]!, '2021-01')).toBe(false);
  });

  it('is in no answer as of a date outside it, and its ties are clipped to it', () => {
    for (const date of ['2012', '2021-06-01']) {
      const view = filterGraph(data, { asOf: date });
      expect(ids(view.actors)).toEqual(['ngo', 'un']);
      expect(ids(view.relations)).toEqual(['r3']);
      const localRow = tierMatrix(view).tiers.filter((cell) => cell.from === 'LOCAL');
      expect(localRow.reduce((sum, cell) => sum + cell.count, 0)).toBe(1);
      expect(localRow.find((cell) => cell.to === 'LOCAL')?.possiblePairs).toBe(0);
      expect(rankBrokers(view).ranked.map((row) => row.actorId)).not.toContain('office');
      expect(silos(view, { seed: 1 }).components.flatMap((c) => c.actorIds)).not.toContain('office');
    }
    expect(ids(filterGraph(data, { asOf: '2018' }).relations)).toEqual(['r1', 'r2', 'r3']);
  });

  it('is added and ended in a diff by its lifespan', () => {
    expect(diff(data, '2012', '2018').addedActorIds).toEqual(['office']);
    expect(diff(data, '2018', '2022').endedActorIds).toEqual(['office']);
    expect(asOfView(data, '2022').actors.map((a) => a.id)).toEqual(['ngo', 'un']);
  });
});
