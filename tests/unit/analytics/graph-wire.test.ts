import { decodeGraph, encodeGraph } from '../../../api/src/analytics/graph-wire';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, relation } from '../graph/graph-fixtures';
import { syntheticGraph } from './synthetic-graph';

describe('the graph sent to worker threads', () => {
  it('comes back with every field of every actor and relation, nulls included', () => {
    const data: GraphData = {
      actors: [
        actor('a1', {
          kind: 'MUNICIPALITY',
          country: 'FR',
          originCountries: ['SN', 'ML'],
          themes: ['reception'],
          capacity: { populations: ['UNACCOMPANIED_CHILDREN'], services: ['LEGAL_AID', 'HOUSING'], languages: ['wo'] },
        }),
        // No capacity profile: it stays absent.
        actor('a2', { kind: 'UN_AGENCY', tier: 'GLOBAL', country: null }),
      ],
      relations: [
        relation('r1', 'FUNDS', 'a2', 'a1', {
          directed: true,
          mode: 'COOPERATION',
          engagement: 'CONSULT',
          formal: false,
          themes: ['reception'],
          since: '2018-03',
          amount: 1500.5,
          currency: 'EUR',
          confidence: 0.4,
          strength: 3,
        }),
        // Every other optional field null: they must stay null, not become undefined or disappear.
        relation('r2', 'PARTNERS_WITH', 'a1', 'a2', { until: '2020' }),
      ],
    };
    expect(decodeGraph(encodeGraph(data))).toStrictEqual(data);
  });

  it('carries lifespans, former names, dated states and successions', () => {
    const data: GraphData = {
      actors: [
        actor('a1', { since: '2010', until: '2017-04', formerNames: [{ name: 'Old name', replacedOn: '2014-06' }] }),
        actor('a2', { kind: 'MINISTRY', tier: 'NATIONAL' }),
      ],
      relations: [
        relation('r1', 'CONSULTS', 'a2', 'a1', {
          directed: true,
          mode: 'COOPERATION',
          states: [{ on: '2016', mode: 'CONFRONTATION', confidence: 0.5 }],
        }),
      ],
      successions: [{ id: 's1', kind: 'MERGED_INTO', predecessor: 'a1', successor: 'a2', on: '2017-05' }],
    };
    expect(decodeGraph(encodeGraph(data))).toStrictEqual(data);
  });

  it('carries a FUNDS tie’s funding modality, and leaves it out where unset', () => {
    const data: GraphData = {
      actors: [actor('a1'), actor('a2', { kind: 'FOUNDATION' })],
      relations: [
        relation('r1', 'FUNDS', 'a2', 'a1', {
          directed: true,
          amount: 10,
          currency: 'EUR',
          fundingSource: 'PHILANTHROPIC',
          fundingTerm: 'MULTI_YEAR',
          fundingForm: 'REGRANT',
        }),
        relation('r2', 'FUNDS', 'a2', 'a1', { directed: true, fundingForm: 'IN_KIND' }),
      ],
    };
    expect(decodeGraph(encodeGraph(data))).toStrictEqual(data);
  });

  it('carries a generated map unchanged, in less text than the objects themselves', () => {
    const data = syntheticGraph(300);
    const wire = encodeGraph(data);
    expect(decodeGraph(wire)).toStrictEqual(data);
    expect(wire.length).toBeLessThan(JSON.stringify(data).length * 0.6);
  });
});
