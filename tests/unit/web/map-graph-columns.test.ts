import { fromColumns, type MapGraphColumns } from '../../../web/src/features/explore/map-graph-columns';

describe('fromColumns', () => {
  const answer: MapGraphColumns = {
    revision: '7',
    parts: 4,
    actors: {
      count: 2,
      ids: ['a1', 'a2'],
      names: ['City of Athens', 'Greek Council for Refugees'],
      kinds: ['MUNICIPALITY', 'NGO'],
      tiers: ['LOCAL', 'NATIONAL'],
      sectors: ['GOVERNMENT', 'CIVIL_SOCIETY'],
      countries: ['GR', null],
      themes: [['reception'], []],
      since: ['2012-05', null],
      until: [null, '2020'],
      formerNames: [['Municipality of Athens'], []],
      renamedOn: [['2015'], []],
      shortNames: [null, 'GCR'],
    },
    relations: {
      count: 2,
      ids: ['r1', 'r2'],
      types: ['FUNDS', 'PARTNERS_WITH'],
      sourceIds: ['a1', 'a2'],
      targetIds: ['a2', 'a1'],
      directed: [true, false],
      modes: [null, 'COOPERATION'],
      engagements: ['CONSULT', null],
      themes: [['reception'], []],
      since: ['2019-03', null],
      until: [null, '2021'],
      amounts: [25000, null],
      currencies: ['EUR', null],
      confidences: [0.8, 1],
    },
  };

  it('turns entry i of every actor column into actor i', () => {
    const { revision, parts, actors } = fromColumns(answer);
    expect(revision).toBe('7');
    expect(parts).toBe(4);
    expect(actors).toEqual([
      {
        id: 'a1',
        name: 'City of Athens',
        kind: 'MUNICIPALITY',
        tier: 'LOCAL',
        sector: 'GOVERNMENT',
        country: 'GR',
        themes: ['reception'],
        since: '2012-05',
        until: null,
        formerNames: ['Municipality of Athens'],
        renamedOn: ['2015'],
        shortName: null,
      },
      {
        id: 'a2',
        name: 'Greek Council for Refugees',
        kind: 'NGO',
        tier: 'NATIONAL',
        sector: 'CIVIL_SOCIETY',
        country: null,
        themes: [],
        since: null,
        until: '2020',
        formerNames: [],
        renamedOn: [],
        shortName: 'GCR',
      },
    ]);
  });

  it('turns entry i of every relation column into relation i, nulls kept', () => {
    const { relations } = fromColumns(answer);
    expect(relations[0]).toEqual({
      id: 'r1',
      type: 'FUNDS',
      sourceId: 'a1',
      targetId: 'a2',
      directed: true,
      mode: null,
      engagement: 'CONSULT',
      themes: ['reception'],
      since: '2019-03',
      until: null,
      amount: 25000,
      currency: 'EUR',
      confidence: 0.8,
    });
    expect(relations[1]).toMatchObject({
      id: 'r2',
      directed: false,
      mode: 'COOPERATION',
      until: '2021',
    });
  });

  it('gives empty lists for an empty map', () => {
    const empty = <T extends object>(columns: T): T =>
      Object.fromEntries(Object.keys(columns).map((key) => [key, key === 'count' ? 0 : []])) as T;
    const columns = { revision: '0', parts: 1, actors: empty(answer.actors), relations: empty(answer.relations) };
    expect(fromColumns(columns)).toEqual({
      revision: '0',
      parts: 1,
      actors: [],
      relations: [],
    });
  });
});
