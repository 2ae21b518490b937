import type { GraphData, GraphRelation } from '../../../api/src/graph/analytics-graph';
import { rankBrokers } from '../../../api/src/graph/brokers';
import { coParticipationTies, withEventLayer } from '../../../api/src/graph/event-layer';
import { funding } from '../../../api/src/graph/funding';
import { partners } from '../../../api/src/graph/partner-finder';
import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import { actor, frozen, relation } from './graph-fixtures';

const participation = (id: string, source: string, target: string, role: GraphRelation['role']): GraphRelation =>
  relation(id, 'PARTICIPATES_IN', source, target, { directed: true, role });

/**
 * Two clusters of organisations, p1–p2–p3 and p4–p5–p6–p7, each a chain, joined by one organisation
 * b (p3–b–p4). p1 to p6 attend an academy (EVENT) that o organises. A programme prog is coordinated
 * by p1 and funded by p3 (acting ties) and joined by p2 and p5 (participations). Read as stored, the
 * academy sits on every short path between the clusters; read as organisations, b does.
 */
const academy: GraphData = frozen({
  actors: [
    ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'b', 'o'].map((id) => actor(id)),
    actor('academy', { kind: 'EVENT', tier: 'SUPRANATIONAL', country: 'GB', themes: ['policy-participation'] }),
    actor('prog', { kind: 'PROGRAMME_OR_FUND', tier: 'NATIONAL' }),
  ],
  relations: [
    relation('r1', 'PARTNERS_WITH', 'p1', 'p2'),
    relation('r2', 'PARTNERS_WITH', 'p2', 'p3'),
    relation('r3', 'PARTNERS_WITH', 'p4', 'p5'),
    relation('r4', 'PARTNERS_WITH', 'p5', 'p6'),
    relation('r5', 'PARTNERS_WITH', 'p3', 'b'),
    relation('r6', 'PARTNERS_WITH', 'b', 'p4'),
    relation('r7', 'PARTNERS_WITH', 'p6', 'p7'),
    ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((p, i) => participation(`e${i + 1}`, p, 'academy', 'PARTICIPANT')),
    participation('e7', 'o', 'academy', 'ORGANISER'),
    relation('f1', 'FUNDS', 'o', 'academy', { directed: true }),
    relation('c1', 'COORDINATES', 'p1', 'prog', { directed: true }),
    relation('f2', 'FUNDS', 'p3', 'prog', { directed: true }),
    participation('j1', 'p2', 'prog', 'BENEFICIARY'),
    participation('j2', 'p5', 'prog', 'BENEFICIARY'),
  ],
});

const topOf = (data: GraphData, n: number): string[] =>
  rankBrokers(data)
    .ranked.slice(0, n)
    .map((row) => row.actorId);

describe('withEventLayer', () => {
  it('keeps organisation ties by default: no event, no participation, a programme with its acting ties', () => {
    const layer = filterGraph(academy, {});
    expect(layer.actors.map((a) => a.id)).not.toContain('academy');
    expect(layer.actors.map((a) => a.id)).toContain('prog');
    expect(layer.relations.map((r) => r.id).sort()).toEqual(['c1', 'f2', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('returns the data as stored when asked to include the layer, and when there is no layer', () => {
    expect(withEventLayer(academy, 'INCLUDED')).toBe(academy);
    const plain = { actors: [actor('a'), actor('b')], relations: [relation('r', 'PARTNERS_WITH', 'a', 'b')] };
    expect(withEventLayer(plain, 'EXCLUDED')).toBe(plain);
  });
});

describe('coParticipationTies', () => {
  const ties = coParticipationTies(academy);
  const tie = (a: string, b: string) => ties.find((t) => t.a === a && t.b === b);

  it('ties each pair of an occasion’s n participants by 1/(n − 1), summed over what they share', () => {
    // The academy has 7 participants (six attend, o organises): 1/6 a pair. prog has p2 and p5: 1/1.
    expect(tie('p1', 'p3')?.weight).toBeCloseTo(1 / 6, 12);
    expect(tie('o', 'p4')?.weight).toBeCloseTo(1 / 6, 12);
    expect(tie('p2', 'p5')?.weight).toBeCloseTo(1 / 6 + 1, 12);
    expect(tie('p2', 'p5')?.occasionIds).toEqual(['academy', 'prog']);
    expect(ties).toHaveLength(21);
    // Newman's normalisation: what one participant of the academy alone spreads sums to 1.
    const p1 = ties.filter((t) => (t.a === 'p1' || t.b === 'p1') && t.occasionIds.length === 1);
    expect(p1.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 12);
  });

  it('projects the ties as undirected weighted relations on request, the event still left out', () => {
    const projected = filterGraph(academy, { eventLayer: 'PROJECTED' });
    expect(projected.actors.map((a) => a.id)).not.toContain('academy');
    const p2p5 = projected.relations.find((r) => r.id === 'co-participation:p2|p5');
    expect(p2p5).toMatchObject({ type: 'PARTICIPATES_IN', directed: false, source: 'p2', target: 'p5' });
    expect(p2p5?.weight).toBeCloseTo(7 / 6, 12);
    expect(projected.relations.find((r) => r.id === 'co-participation:o|p1')?.themes).toEqual(['policy-participation']);
  });
});

describe('brokers and the event layer', () => {
  it('makes the academy the top broker when events are read as organisations (the old reading)', () => {
    expect(topOf(filterGraph(academy, { eventLayer: 'INCLUDED' }), 1)).toEqual(['academy']);
  });

  it('never ranks an event by default, and the organisation between the clusters comes first', () => {
    const ranked = rankBrokers(filterGraph(academy, {})).ranked;
    expect(ranked.map((row) => row.actorId)).not.toContain('academy');
    expect(ranked[0]?.actorId).toBe('b');
  });

  it('keeps the organisation broker in the weighted projection: a 7-way co-attendance is a long tie', () => {
    const withoutProgramme = { ...academy, relations: academy.relations.filter((r) => !r.id.startsWith('j')) };
    const projected = filterGraph(withoutProgramme, { eventLayer: 'PROJECTED' });
    const weighted = rankBrokers(projected).ranked;
    expect(weighted.map((row) => row.actorId)).not.toContain('academy');
    // Each co-attendance weighs 1/6 (length 6): p3–b–p4, two organisation steps, stays the short way.
    const b = weighted.find((row) => row.actorId === 'b');
    expect(b?.betweenness).toBeGreaterThan(0.05);
    // Read unweighted, the projection joins every attendee in one step and b brokers nothing.
    const unweighted = { ...projected, relations: projected.relations.map(({ weight: _w, ...r }) => r) };
    expect(rankBrokers(unweighted).ranked.find((row) => row.actorId === 'b')?.betweenness).toBe(0);
  });

  it('gives a programme two organisations share the weight of a whole tie in the projection', () => {
    // p2 and p5 are the only two beneficiaries of prog: 1/(2 − 1) = 1, so they now bridge the clusters.
    const ranked = rankBrokers(filterGraph(academy, { eventLayer: 'PROJECTED' })).ranked;
    expect(['p2', 'p5']).toContain(ranked[0]?.actorId);
  });
});

describe('introductions and funding with the event layer', () => {
  it('introduces through organisations, not through the event, by default', () => {
    const found = partners(filterGraph(academy, {}), 'p1', {});
    const p6 = found.candidates.find((c) => c.actorId === 'p6');
    expect(p6?.intermediaryIds ?? []).not.toContain('academy');
    const stored = partners(filterGraph(academy, { eventLayer: 'INCLUDED' }), 'p1', {});
    expect(stored.candidates.find((c) => c.actorId === 'p6')?.intermediaryIds).toContain('academy');
  });

  it('still suggests co-participants in the projection, with the co-participation as their tie', () => {
    const found = partners(filterGraph(academy, { eventLayer: 'PROJECTED' }), 'p1', {});
    const p6 = found.candidates.find((c) => c.actorId === 'p6');
    expect(p6).toMatchObject({ distance: 1, proximity: 1, intermediaryIds: [] });
    for (const c of found.candidates) expect(c.score).toBeLessThanOrEqual(1);
  });

  it('still follows money into an event when read with every layer', () => {
    const result = funding(filterGraph(academy, { eventLayer: 'INCLUDED' }), {});
    expect(result.recipients.map((r) => r.recipientId).sort()).toEqual(['academy', 'prog']);
  });
});
