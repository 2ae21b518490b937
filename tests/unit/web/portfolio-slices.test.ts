import {
  addMoney,
  portfolioSlices,
  unfundedGrid,
  type SlicedFunder,
} from '../../../web/src/features/funding/portfolio-slices';

const slice = (grants: number, recipients: string[], amounts: { currency: string | null; amount: number }[] = []) => ({
  relationCount: grants,
  unknownAmountCount: grants - amounts.length,
  recipientIds: recipients,
  amounts,
});

// Funder f: 3 grants (2 on reception, one also on labour; 1 unthemed). Funder g: 1 grant on reception.
const funders: SlicedFunder[] = [
  {
    funderId: 'f',
    relationCount: 3,
    byTheme: [
      { theme: 'labour', ...slice(1, ['r1'], [{ currency: 'EUR', amount: 100 }]) },
      { theme: 'reception', ...slice(2, ['r1', 'r2'], [{ currency: 'EUR', amount: 100 }]) },
      { theme: null, ...slice(1, ['r3']) },
    ],
    byTier: [
      { tier: 'NATIONAL', ...slice(1, ['r3']) },
      { tier: 'LOCAL', ...slice(2, ['r1', 'r2'], [{ currency: 'EUR', amount: 100 }]) },
    ],
  },
  {
    funderId: 'g',
    relationCount: 1,
    byTheme: [{ theme: 'reception', ...slice(1, ['r2'], [{ currency: 'USD', amount: 50 }]) }],
    byTier: [{ tier: 'LOCAL', ...slice(1, ['r2'], [{ currency: 'USD', amount: 50 }]) }],
  },
];

describe('portfolioSlices', () => {
  it("gives one funder's slices as the API counts them, with the share of its grants", () => {
    const rows = portfolioSlices(funders, 'theme', 'f');
    expect(rows.map((row) => [row.key, row.grants, row.recipientCount, row.shareOfGrants])).toEqual([
      ['labour', 1, 1, 1 / 3],
      ['reception', 2, 2, 2 / 3],
      [null, 1, 1, 1 / 3],
    ]);
  });

  it('adds the funders up for the overall view: grants and amounts summed, recipients counted once', () => {
    const reception = portfolioSlices(funders, 'theme', null).find((row) => row.key === 'reception')!;
    expect(reception).toMatchObject({ grants: 3, recipientCount: 2, unknownAmountCount: 1 });
    expect(reception.amounts).toEqual([
      { currency: 'EUR', amount: 100 },
      { currency: 'USD', amount: 50 },
    ]);
    expect(reception.shareOfGrants).toBe(3 / 4);
  });

  it('orders tiers from global to local and themes by the order given, no theme last', () => {
    expect(portfolioSlices(funders, 'tier', null).map((row) => row.key)).toEqual(['NATIONAL', 'LOCAL']);
    const labels: Record<string, string> = { labour: 'Z', reception: 'A' };
    const byLabel = (a: string, b: string) => labels[a]!.localeCompare(labels[b]!);
    expect(portfolioSlices(funders, 'theme', null, byLabel).map((row) => row.key)).toEqual([
      'reception',
      'labour',
      null,
    ]);
  });

  it('gives nothing for a funder not in the answer', () => {
    expect(portfolioSlices(funders, 'theme', 'nobody')).toEqual([]);
  });
});

describe('addMoney', () => {
  it('never adds across currencies and puts the unknown currency last', () => {
    expect(
      addMoney([
        [
          { currency: null, amount: 5 },
          { currency: 'USD', amount: 1 },
        ],
        [
          { currency: 'EUR', amount: 2 },
          { currency: 'USD', amount: 3 },
        ],
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 2 },
      { currency: 'USD', amount: 4 },
      { currency: null, amount: 5 },
    ]);
  });
});

describe('unfundedGrid', () => {
  it('groups the cells into one row per theme, in the order they come, each with its tiers', () => {
    const grid = unfundedGrid([
      { theme: 'labour', tier: 'LOCAL' },
      { theme: 'labour', tier: 'GLOBAL' },
      { theme: 'data', tier: 'NATIONAL' },
    ]);
    expect(grid.map((row) => [row.theme, [...row.byTier.keys()]])).toEqual([
      ['labour', ['LOCAL', 'GLOBAL']],
      ['data', ['NATIONAL']],
    ]);
  });
});
