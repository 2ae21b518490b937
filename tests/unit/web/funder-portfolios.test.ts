import { funderPortfolios, type PortfolioInput } from '../../../web/src/features/funding/portfolio';
import { formatMoney } from '../../../web/src/lib/format-money';

const recipient = (
  id: string,
  basis: 'AMOUNT' | 'COUNT',
  funders: { funderId: string; amount: number | null; share: number; grants: number }[],
): PortfolioInput['recipients'][number] => ({
  recipientId: id,
  recipient: { name: id.toUpperCase() },
  shareBasis: basis,
  currency: basis === 'AMOUNT' ? 'EUR' : null,
  funders: funders.map((f) => ({
    funderId: f.funderId,
    amount: f.amount,
    share: f.share,
    relationIds: Array.from({ length: f.grants }, (_, i) => `${id}-${f.funderId}-${i}`),
  })),
});

describe('funderPortfolios', () => {
  it('shares a portfolio by amount when every grant of the funder has one', () => {
    const portfolios = funderPortfolios({
      recipients: [
        recipient('a', 'AMOUNT', [
          { funderId: 'f', amount: 300, share: 0.75, grants: 1 },
          { funderId: 'g', amount: 100, share: 0.25, grants: 1 },
        ]),
        recipient('b', 'AMOUNT', [{ funderId: 'f', amount: 100, share: 1, grants: 1 }]),
      ],
    });
    expect(portfolios.get('f')!.map((line) => [line.recipientName, line.portfolioShare, line.recipientShare])).toEqual([
      ['A', 0.75, 0.75],
      ['B', 0.25, 1],
    ]);
  });

  it('falls back to grant counts when an amount is missing', () => {
    const portfolios = funderPortfolios({
      recipients: [
        recipient('a', 'AMOUNT', [{ funderId: 'f', amount: 900, share: 1, grants: 1 }]),
        recipient('b', 'COUNT', [
          { funderId: 'f', amount: null, share: 0.5, grants: 3 },
          { funderId: 'g', amount: null, share: 0.5, grants: 3 },
        ]),
      ],
    });
    expect(portfolios.get('f')!.map((line) => [line.recipientName, line.portfolioShare])).toEqual([
      ['B', 0.75],
      ['A', 0.25],
    ]);
  });
});

describe('formatMoney', () => {
  it('writes compact amounts with the currency', () => {
    expect(formatMoney(1_250_000, 'EUR')).toBe('€1.3M');
    expect(formatMoney(5000, null)).toBe('5K');
    expect(formatMoney(5000, 'XBT')).toMatch(/^XBT\s5K$/);
  });
});
