import { decodeGraph, encodeGraph } from '../../../api/src/analytics/graph-wire';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { syntheticGraph } from './synthetic-graph';

describe('the graph sent to worker threads', () => {
  it('comes back with every field of every actor and relation, nulls included', () => {
    const data: GraphData = {
      actors: [
        {
          id: 'a1',
          name: 'Ville de Lyon',
          kind: 'MUNICIPALITY',
          tier: 'LOCAL',
          sector: 'GOVERNMENT',
          country: 'FR',
          originCountries: ['SN', 'ML'],
          themes: ['reception'],
        },
        {
          id: 'a2',
          name: 'IOM',
          kind: 'UN_AGENCY',
          tier: 'GLOBAL',
          sector: 'INTERNATIONAL',
          country: null,
          originCountries: [],
          themes: [],
        },
      ],
      relations: [
        {
          id: 'r1',
          type: 'FUNDS',
          source: 'a2',
          target: 'a1',
          directed: true,
          mode: 'COOPERATION',
          engagement: 'CONSULT',
          formal: false,
          themes: ['reception'],
          since: '2018-03',
          until: null,
          amount: 1500.5,
          currency: 'EUR',
          confidence: 0.4,
          strength: 3,
        },
        {
          id: 'r2',
          type: 'PARTNERS_WITH',
          source: 'a1',
          target: 'a2',
          directed: false,
          mode: null,
          engagement: null,
          formal: null,
          themes: [],
          since: null,
          until: '2020',
          amount: null,
          currency: null,
          confidence: 1,
          strength: null,
        },
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
