import { measureDiff } from '../../../api/src/graph/measure-diff';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

describe('measureDiff: brokerage', () => {
  // Two triangles joined through d: c–d ends in 2018, so d stops bridging them.
  const data: GraphData = frozen({
    actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => actor(id)),
    relations: [
      relation('r1', 'PARTNERS_WITH', 'a', 'b'),
      relation('r2', 'PARTNERS_WITH', 'b', 'c'),
      relation('r3', 'PARTNERS_WITH', 'a', 'c'),
      relation('r4', 'PARTNERS_WITH', 'c', 'd', { until: '2018' }),
      relation('r5', 'PARTNERS_WITH', 'd', 'e'),
      relation('r6', 'PARTNERS_WITH', 'e', 'f'),
      relation('r7', 'PARTNERS_WITH', 'f', 'g'),
      relation('r8', 'PARTNERS_WITH', 'e', 'g'),
    ],
  });

  it('shows a broker that lost its bridging tie losing betweenness, with the tie’s end as evidence', () => {
    const result = measureDiff(data, '2017', '2019');
    expect(result.betweennessMethod).toBe('EXACT');
    expect(result.betweennessErrorBound).toBeNull();
    const d = result.brokerageChanges.find((row) => row.actorId === 'd');
    // On 2017 d lies on every path between {a, b, c} and {e, f, g}: 9 + 3 of 15 pairs = 0.6.
    expect(d?.betweennessFrom).toBeCloseTo(0.6, 10);
    expect(d?.betweennessTo).toBe(0);
    expect(d?.delta).toBeCloseTo(-0.6, 10);
    expect(d?.rankFrom).toBe(1);
    expect(d?.evidence.relationIds).toEqual(['r4']);
    expect(d?.rolesFrom?.total).toBeGreaterThan(0);
    expect(d?.rolesTo?.total).toBe(0);
    // The biggest mover comes first; nothing changes for a and b beyond what r4 did.
    expect(result.brokerageChanges[0]?.actorId).toBe('d');
    expect(result.brokerageChanges.find((row) => row.actorId === 'a')).toBeUndefined();
  });

  it('keeps only the top movers asked for', () => {
    expect(measureDiff(data, '2017', '2019', {}, { top: 2 }).brokerageChanges).toHaveLength(2);
  });

  it('reports nothing between a date and itself', () => {
    const result = measureDiff(data, '2017', '2017');
    expect(result.brokerageChanges).toEqual([]);
    expect(result.communityChanges).toEqual([]);
    expect(result.gapsOpened).toEqual([]);
    expect(result.gapsClosed).toEqual([]);
  });

  it('says when betweenness was sampled, with its error bound', () => {
    const result = measureDiff(data, '2017', '2019', {}, { betweenness: { exactLimit: 3, pivots: 3, seed: 1 } });
    expect(result.betweennessMethod).toBe('SAMPLED');
    expect(result.betweennessErrorBound).toBeGreaterThan(0);
    expect(result.betweennessErrorConfidence).toBeGreaterThan(0);
  });
});

describe('measureDiff: a renamed institution', () => {
  // m1 (the old ministry) is succeeded by m2 in 2017; its ties carry on; m2 gains a tie to x in 2018.
  const data: GraphData = frozen({
    actors: [
      actor('a'),
      actor('b'),
      actor('x'),
      actor('m1', { kind: 'MINISTRY', tier: 'NATIONAL', until: '2016' }),
      actor('m2', { kind: 'MINISTRY', tier: 'NATIONAL', since: '2017' }),
    ],
    relations: [
      relation('r1', 'PARTNERS_WITH', 'a', 'm1'),
      relation('r2', 'PARTNERS_WITH', 'm1', 'b'),
      relation('r3', 'PARTNERS_WITH', 'm2', 'x', { since: '2018' }),
    ],
    successions: [{ id: 's1', kind: 'SUCCEEDS', predecessor: 'm1', successor: 'm2', on: '2017' }],
  });

  it('is one institution in the brokerage diff, its old id among fromActorIds and the succession as evidence', () => {
    const result = measureDiff(data, '2016', '2019');
    expect(result.brokerageChanges.find((row) => row.actorId === 'm1')).toBeUndefined();
    const row = result.brokerageChanges.find((r) => r.actorId === 'm2');
    expect(row?.fromActorIds).toEqual(['m1']);
    // On 2016 m1 joins a and b, x stands alone: 1 of 3 pairs; on 2019 a, b and x all meet through m2.
    expect(row?.betweennessFrom).toBeCloseTo(1 / 3, 10);
    expect(row?.betweennessTo).toBeCloseTo(1, 10);
    expect(row?.rolesTo?.total).toBeGreaterThan(row?.rolesFrom?.total ?? Infinity);
    expect(row?.evidence.relationIds).toEqual(['r3']);
    expect(row?.evidence.successionIds).toEqual(['s1']);
  });
});

describe('measureDiff: vertical gaps', () => {
  const onReception = { themes: ['reception'] };
  const data: GraphData = frozen({
    actors: [
      actor('city', { kind: 'MUNICIPALITY', tier: 'LOCAL', ...onReception }),
      actor('min', { kind: 'MINISTRY', tier: 'NATIONAL', ...onReception }),
      actor('cityEs', { kind: 'MUNICIPALITY', tier: 'LOCAL', country: 'ES', ...onReception }),
      actor('minEs', { kind: 'MINISTRY', tier: 'NATIONAL', country: 'ES', ...onReception }),
    ],
    relations: [
      relation('t1', 'PARTNERS_WITH', 'city', 'min', { since: '2018', themes: ['reception'] }),
      relation('t2', 'PARTNERS_WITH', 'cityEs', 'minEs', { until: '2017', themes: ['reception'] }),
    ],
  });

  it('closes a gap when a local–national tie starts, and opens one when it ends, per theme and country', () => {
    const result = measureDiff(data, '2016', '2019');
    expect(result.gapsClosed).toEqual([
      expect.objectContaining({
        theme: 'reception',
        countries: ['GR'],
        lowerTier: 'LOCAL',
        upperTier: 'NATIONAL',
        rule: 'LOCAL_NATIONAL',
        fromStatus: 'GAP',
        toStatus: 'TIED',
        relationIds: ['t1'],
        evidence: { relationIds: ['t1'], successionIds: [] },
      }),
    ]);
    expect(result.gapsOpened).toEqual([
      expect.objectContaining({
        theme: 'reception',
        countries: ['ES'],
        fromStatus: 'TIED',
        toStatus: 'GAP',
        relationIds: ['t2'],
        evidence: { relationIds: ['t2'], successionIds: [] },
      }),
    ]);
  });
});

describe('measureDiff: communities', () => {
  const cross = ['a', 'b', 'c'].flatMap((x) => ['d', 'e', 'f'].map((y) => [x, y] as const));
  const data: GraphData = frozen({
    actors: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => actor(id)),
    relations: [
      relation('r1', 'PARTNERS_WITH', 'a', 'b'),
      relation('r2', 'PARTNERS_WITH', 'b', 'c'),
      relation('r3', 'PARTNERS_WITH', 'a', 'c'),
      relation('r4', 'PARTNERS_WITH', 'd', 'e'),
      relation('r5', 'PARTNERS_WITH', 'e', 'f'),
      relation('r6', 'PARTNERS_WITH', 'd', 'f'),
      // A bridge of nine ties from 2018 until 2020.
      ...cross.map(([x, y], i) => relation(`b${i + 1}`, 'PARTNERS_WITH', x, y, { since: '2018', until: '2020' })),
    ],
  });

  it('finds two communities merging when a bridge of several ties appears, with the bridge as evidence', () => {
    const [merged, ...others] = measureDiff(data, '2017', '2019').communityChanges;
    expect(others).toEqual([]);
    expect(merged?.kind).toBe('MERGED');
    expect(merged?.communitySize).toBe(6);
    expect(merged?.parts.map((part) => [part.size, part.overlap, part.jaccard])).toEqual([
      [3, 3, 0.5],
      [3, 3, 0.5],
    ]);
    expect(merged?.parts.map((part) => part.actorIds).sort()).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(merged?.evidence.relationIds).toEqual(cross.map((_, i) => `b${i + 1}`).sort());
  });

  it('finds the community splitting when the bridge ends', () => {
    const [split] = measureDiff(data, '2019', '2021').communityChanges;
    expect(split?.kind).toBe('SPLIT');
    expect(split?.parts).toHaveLength(2);
    expect(split?.evidence.relationIds).toHaveLength(9);
  });
});

describe('measureDiff: funding', () => {
  const grant = { directed: true, currency: 'EUR' };
  const data: GraphData = frozen({
    actors: [actor('f1', { kind: 'FOUNDATION' }), actor('f2', { kind: 'FOUNDATION' }), actor('f3'), actor('ngo')],
    relations: [
      relation('g1', 'FUNDS', 'f1', 'ngo', { ...grant, amount: 100, since: '2010' }),
      relation('g2', 'FUNDS', 'f2', 'ngo', { ...grant, amount: 100, since: '2018' }),
      relation('g3', 'FUNDS', 'f3', 'ngo', { ...grant, amount: 50, until: '2017' }),
    ],
  });

  it('lists funding that started, stopped or changed share, with the grants that moved it', () => {
    const changes = measureDiff(data, '2016', '2019').fundingChanges;
    expect(changes.map((c) => [c.kind, c.funderId, c.recipientId])).toEqual([
      ['SHARE_CHANGED', 'f1', 'ngo'],
      ['STARTED', 'f2', 'ngo'],
      ['STOPPED', 'f3', 'ngo'],
    ]);
    const [f1, f2, f3] = changes;
    expect(f1?.shareFrom).toBeCloseTo(2 / 3, 10);
    expect(f1?.shareTo).toBeCloseTo(0.5, 10);
    expect(f1?.relationIdsFrom).toEqual(['g1']);
    expect(f1?.evidence.relationIds).toEqual(['g2', 'g3']);
    expect(f2).toMatchObject({ shareFrom: null, shareTo: 0.5, relationIdsTo: ['g2'] });
    expect(f3).toMatchObject({ shareTo: null, relationIdsFrom: ['g3'], relationIdsTo: [] });
    expect(f3?.shareFrom).toBeCloseTo(1 / 3, 10);
  });
});

describe('measureDiff: delivery without voice', () => {
  const data: GraphData = frozen({
    actors: [actor('ngo'), actor('min', { kind: 'MINISTRY', tier: 'NATIONAL' })],
    relations: [
      relation('d1', 'DELIVERS_SERVICES_FOR', 'ngo', 'min', { directed: true }),
      relation('c1', 'CONSULTS', 'min', 'ngo', { directed: true, since: '2018' }),
    ],
  });

  it('ends a case when a CONSULTS tie starts, with that tie as evidence', () => {
    const result = measureDiff(data, '2017', '2019');
    expect(result.deliveryWithoutVoiceAppeared).toEqual([]);
    expect(result.deliveryWithoutVoiceEnded).toEqual([
      {
        civilSocietyActorId: 'ngo',
        governmentActorId: 'min',
        deliveryRelationIds: ['d1'],
        contractRelationIds: [],
        evidence: { relationIds: ['c1'], successionIds: [] },
      },
    ]);
  });

  it('makes a case appear when delivery starts without voice', () => {
    const later: GraphData = frozen({
      actors: data.actors,
      relations: [relation('d2', 'DELIVERS_SERVICES_FOR', 'ngo', 'min', { directed: true, since: '2018' })],
    });
    const result = measureDiff(later, '2017', '2019');
    expect(result.deliveryWithoutVoiceAppeared).toEqual([
      expect.objectContaining({ deliveryRelationIds: ['d2'], evidence: { relationIds: ['d2'], successionIds: [] } }),
    ]);
    expect(result.deliveryWithoutVoiceEnded).toEqual([]);
  });
});
