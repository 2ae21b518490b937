import { deliveryWithoutVoice } from '../../../api/src/graph/delivery-without-voice';
import type { GraphRelation } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const actors = [
  actor('ngo'),
  actor('ngo2', { kind: 'MIGRANT_LED_ORGANISATION' }),
  actor('city', { kind: 'MUNICIPALITY' }),
  actor('ministry', { tier: 'NATIONAL', kind: 'MINISTRY' }),
  actor('firm', { kind: 'BUSINESS' }),
];
const run = (...relations: GraphRelation[]) => deliveryWithoutVoice(frozen({ actors, relations }));
const delivers = relation('d1', 'DELIVERS_SERVICES_FOR', 'ngo', 'city', { directed: true });
const contracts = relation('k1', 'CONTRACTS', 'ministry', 'ngo', { directed: true });

describe('deliveryWithoutVoice', () => {
  it('flags a civil-society actor that delivers services for a government actor without a voice', () => {
    expect(run(delivers)).toEqual([
      { civilSocietyActorId: 'ngo', governmentActorId: 'city', deliveryRelationIds: ['d1'], contractRelationIds: [] },
    ]);
  });

  it('flags a civil-society actor contracted by a government actor without a voice', () => {
    expect(run(contracts)).toEqual([
      {
        civilSocietyActorId: 'ngo',
        governmentActorId: 'ministry',
        deliveryRelationIds: [],
        contractRelationIds: ['k1'],
      },
    ]);
  });

  it('does not flag an actor the government consults, in either direction', () => {
    expect(run(delivers, relation('v1', 'CONSULTS', 'city', 'ngo', { directed: true }))).toEqual([]);
    expect(run(delivers, relation('v1', 'CONSULTS', 'ngo', 'city', { directed: true }))).toEqual([]);
  });

  it('does not flag an actor that advocates to the government, even confrontationally', () => {
    expect(
      run(contracts, relation('v1', 'ADVOCATES_TO', 'ngo', 'ministry', { directed: true, mode: 'CONFRONTATION' })),
    ).toEqual([]);
  });

  it('does not flag a pair with engagement of CONSULT or higher on any tie', () => {
    expect(run(delivers, relation('v1', 'FUNDS', 'city', 'ngo', { directed: true, engagement: 'INVOLVE' }))).toEqual(
      [],
    );
    expect(run({ ...delivers, engagement: 'CONSULT' })).toEqual([]);
  });

  it('still flags a pair whose only engagement is INFORM', () => {
    expect(run({ ...delivers, engagement: 'INFORM' })).toHaveLength(1);
  });

  it('keeps voice with one government actor from covering another', () => {
    const result = run(delivers, contracts, relation('v1', 'CONSULTS', 'city', 'ngo', { directed: true }));
    expect(result.map((r) => r.governmentActorId)).toEqual(['ministry']);
  });

  it('reads delivery and contracts in their direction unless undirected', () => {
    expect(run(relation('d2', 'DELIVERS_SERVICES_FOR', 'city', 'ngo', { directed: true }))).toEqual([]);
    expect(run(relation('k2', 'CONTRACTS', 'ngo', 'ministry', { directed: true }))).toEqual([]);
    expect(run(relation('d3', 'DELIVERS_SERVICES_FOR', 'city', 'ngo2'))).toMatchObject([
      { civilSocietyActorId: 'ngo2', governmentActorId: 'city', deliveryRelationIds: ['d3'] },
    ]);
  });

  it('ignores delivery by actors outside civil society', () => {
    expect(run(relation('d4', 'DELIVERS_SERVICES_FOR', 'firm', 'city', { directed: true }))).toEqual([]);
  });
});
