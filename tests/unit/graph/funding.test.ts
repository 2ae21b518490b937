import { funding, recipientFunding } from '../../../api/src/graph/funding';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const grant = (
  id: string,
  funder: string,
  recipient: string,
  amount: number | null,
  currency: string | null,
  themes: string[] = [],
) => relation(id, 'FUNDS', funder, recipient, { directed: true, amount, currency, themes });

const data: GraphData = frozen({
  actors: [
    actor('gov', { tier: 'NATIONAL', kind: 'MINISTRY' }),
    actor('fdn', { tier: 'NATIONAL', kind: 'FOUNDATION', country: 'DE' }),
    actor('eu', { tier: 'SUPRANATIONAL', kind: 'EU_BODY', country: null }),
    actor('ngo1', { themes: ['reception'] }),
    actor('ngo2', { themes: ['reception', 'protection'] }),
    actor('ngo3', { tier: 'REGIONAL', themes: ['protection'] }),
    actor('ngo4', { tier: 'NATIONAL', themes: ['reception'] }),
    actor('city', { kind: 'MUNICIPALITY', themes: ['reception'] }),
  ],
  relations: [
    grant('g1', 'gov', 'ngo1', 600, 'EUR', ['reception']),
    grant('g2', 'fdn', 'ngo1', 300, 'EUR', ['reception']),
    grant('g3', 'eu', 'ngo1', 100, 'EUR'),
    grant('g4', 'gov', 'ngo2', null, null, ['reception']),
    grant('g5', 'fdn', 'ngo2', 500, 'EUR', ['protection']),
    grant('g6', 'fdn', 'ngo2', 200, 'EUR', ['protection']),
    grant('g7', 'fdn', 'ngo3', 100, 'EUR'),
    grant('g8', 'eu', 'ngo3', 100, 'USD'),
    relation('p1', 'PARTNERS_WITH', 'ngo4', 'city'),
  ],
});

describe('funding', () => {
  const result = funding(data);
  const recipient = (id: string) => result.recipients.find((r) => r.recipientId === id);

  it('lists every recipient of FUNDS in id order', () => {
    expect(result.recipients.map((r) => r.recipientId)).toEqual(['ngo1', 'ngo2', 'ngo3']);
  });

  it('shares by amount when all amounts are known in one currency, with HHI and government share', () => {
    const ngo1 = recipient('ngo1');
    expect(ngo1).toMatchObject({ shareBasis: 'AMOUNT', currency: 'EUR', totalAmount: 1000, relationCount: 3 });
    expect(ngo1?.funders.map((f) => [f.funderId, f.amount, f.share])).toEqual([
      ['gov', 600, 0.6],
      ['fdn', 300, 0.3],
      ['eu', 100, 0.1],
    ]);
    expect(ngo1?.hhi).toBeCloseTo(0.36 + 0.09 + 0.01, 12);
    expect(ngo1).toMatchObject({ topFunderId: 'gov', topFunderShare: 0.6, governmentShare: 0.6, dependent: true });
  });

  it('shares by number of grants when an amount is missing', () => {
    const ngo2 = recipient('ngo2');
    expect(ngo2).toMatchObject({ shareBasis: 'COUNT', currency: null, totalAmount: null });
    expect(ngo2?.funders.map((f) => [f.funderId, f.relationIds, f.share])).toEqual([
      ['fdn', ['g5', 'g6'], 2 / 3],
      ['gov', ['g4'], 1 / 3],
    ]);
    expect(ngo2?.hhi).toBeCloseTo(5 / 9, 12);
    expect(ngo2?.governmentShare).toBeCloseTo(1 / 3, 12);
  });

  it('shares by count across currencies and flags dependence at exactly the threshold', () => {
    const ngo3 = recipient('ngo3');
    expect(ngo3).toMatchObject({ shareBasis: 'COUNT', hhi: 0.5, topFunderId: 'eu', topFunderShare: 0.5 });
    expect(ngo3?.dependent).toBe(true);
    expect(funding(data, { dependenceThreshold: 0.6 }).recipients.map((r) => r.dependent)).toEqual([true, true, false]);
  });

  it('breaks down each funder portfolio by theme and by the recipient tier', () => {
    const fdn = result.funders.find((f) => f.funderId === 'fdn');
    expect(fdn).toMatchObject({
      recipientIds: ['ngo1', 'ngo2', 'ngo3'],
      amounts: [{ currency: 'EUR', amount: 1100 }],
      relationCount: 4,
      unknownAmountCount: 0,
    });
    expect(fdn?.byTheme.map((s) => [s.theme, s.recipientIds, s.amounts])).toEqual([
      ['protection', ['ngo2'], [{ currency: 'EUR', amount: 700 }]],
      ['reception', ['ngo1'], [{ currency: 'EUR', amount: 300 }]],
      [null, ['ngo3'], [{ currency: 'EUR', amount: 100 }]],
    ]);
    expect(fdn?.byTier.map((s) => [s.tier, s.relationCount, s.amounts])).toEqual([
      ['LOCAL', 3, [{ currency: 'EUR', amount: 1000 }]],
      ['REGIONAL', 1, [{ currency: 'EUR', amount: 100 }]],
    ]);
    expect(result.funders.map((f) => f.funderId)).toEqual(['eu', 'fdn', 'gov']);
  });

  it('finds theme × tier cells with actors but no funding on the theme', () => {
    expect(result.unfundedCells).toEqual([
      { theme: 'protection', tier: 'REGIONAL', actorIds: ['ngo3'] },
      { theme: 'reception', tier: 'NATIONAL', actorIds: ['ngo4'] },
    ]);
  });

  it('finds co-funding pairs with their shared recipients, most shared first', () => {
    expect(result.coFunding).toEqual([
      { funderAId: 'eu', funderBId: 'fdn', sharedRecipientIds: ['ngo1', 'ngo3'] },
      { funderAId: 'fdn', funderBId: 'gov', sharedRecipientIds: ['ngo1', 'ngo2'] },
      { funderAId: 'eu', funderBId: 'gov', sharedRecipientIds: ['ngo1'] },
    ]);
  });
});

describe('recipientFunding', () => {
  it('gives a single funder an HHI and top share of 1', () => {
    const row = recipientFunding('r', [grant('x', 'f', 'r', 10, 'EUR')], () => false, 0.5);
    expect(row).toMatchObject({ hhi: 1, topFunderShare: 1, governmentShare: 0, dependent: true });
  });

  it('falls back to counts when the amounts add up to zero', () => {
    const row = recipientFunding(
      'r',
      [grant('x', 'f', 'r', 0, 'EUR'), grant('y', 'g', 'r', 0, 'EUR')],
      () => false,
      0.5,
    );
    expect(row).toMatchObject({ shareBasis: 'COUNT', hhi: 0.5 });
  });
});
