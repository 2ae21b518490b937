import { coverageGrid } from '../../../api/src/graph/coverage-grid';
import type { CoverageCell } from '../../../api/src/graph/coverage-grid';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const reception = ['reception'];
const data: GraphData = frozen({
  actors: [
    actor('l1', { themes: reception }),
    actor('l2', { themes: reception, country: 'IT' }),
    actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY', themes: reception }),
    actor('g1', { tier: 'GLOBAL', kind: 'UN_AGENCY', themes: reception, country: null }),
    actor('f1', { tier: 'NATIONAL', kind: 'FOUNDATION', country: 'DE' }),
    actor('p1', { themes: ['protection'] }),
  ],
  relations: [
    relation('c1', 'PARTNERS_WITH', 'l1', 'n1'),
    relation('c2', 'COORDINATES', 'n1', 'g1', { directed: true, themes: reception }),
    relation('c3', 'CHALLENGES', 'l2', 'n1', { directed: true, themes: reception }),
    relation('c4', 'PARTNERS_WITH', 'l1', 'l2', { themes: reception }),
    relation('c5', 'PARTNERS_WITH', 'l1', 'p1', { themes: reception }),
    relation('m1', 'FUNDS', 'f1', 'l1', { directed: true, themes: reception, amount: 100, currency: 'EUR' }),
    relation('m2', 'FUNDS', 'n1', 'l2', { directed: true }),
    relation('m3', 'FUNDS', 'f1', 'l1', { directed: true, themes: reception, amount: 30, currency: 'USD' }),
  ],
});

const find = (cells: CoverageCell[], theme: string, tier: string, country: string | null = null): CoverageCell =>
  cells.find((c) => c.theme === theme && c.tier === tier && c.country === country) as CoverageCell;

describe('coverageGrid', () => {
  const grid = coverageGrid(data);

  it('has a cell for every theme and tier', () => {
    expect(grid.byCountry).toBe(false);
    expect(grid.cells).toHaveLength(10);
    expect(grid.cells.map((c) => c.theme)).toEqual([...Array(5).fill('protection'), ...Array(5).fill('reception')]);
  });

  it('counts the actors on the theme in each tier', () => {
    expect(find(grid.cells, 'reception', 'LOCAL')).toMatchObject({ actorIds: ['l1', 'l2'], actorCount: 2 });
    expect(find(grid.cells, 'reception', 'NATIONAL').actorIds).toEqual(['n1']);
    expect(find(grid.cells, 'reception', 'REGIONAL').actorCount).toBe(0);
  });

  it('counts cooperative ties on the theme to higher and lower tiers between actors on it', () => {
    expect(find(grid.cells, 'reception', 'LOCAL')).toMatchObject({ tiesUpward: 2, tiesDownward: 0 });
    expect(find(grid.cells, 'reception', 'NATIONAL')).toMatchObject({ tiesUpward: 1, tiesDownward: 2 });
    expect(find(grid.cells, 'reception', 'GLOBAL')).toMatchObject({ tiesUpward: 0, tiesDownward: 1 });
    expect(find(grid.cells, 'protection', 'LOCAL')).toMatchObject({ tiesUpward: 0, tiesDownward: 0 });
  });

  it('sums the funding received on the theme per currency and counts grants without an amount', () => {
    expect(find(grid.cells, 'reception', 'LOCAL').fundingReceived).toEqual({
      amounts: [
        { currency: 'EUR', amount: 100 },
        { currency: 'USD', amount: 30 },
      ],
      relationCount: 3,
      unknownAmountCount: 1,
    });
    expect(find(grid.cells, 'reception', 'NATIONAL').fundingReceived.relationCount).toBe(0);
  });

  it('splits cells by national system when asked: a global body in the system it is tied to, ties only within one', () => {
    const byCountry = coverageGrid(data, { byCountry: true });
    const reception = byCountry.cells.filter((c) => c.theme === 'reception');
    // g1 coordinates with GR's ministry, so it is in GR's system; no actor on reception is in none.
    expect([...new Set(reception.map((c) => c.country))]).toEqual(['GR', 'IT']);
    expect(reception).toHaveLength(10);
    expect(find(byCountry.cells, 'reception', 'LOCAL', 'GR')).toMatchObject({ actorIds: ['l1'], tiesUpward: 1 });
    // The Greek ministry's grant to the Italian city is no upward tie of Italy's system (pooled, it was).
    expect(find(byCountry.cells, 'reception', 'LOCAL', 'IT')).toMatchObject({ actorIds: ['l2'], tiesUpward: 0 });
    expect(find(grid.cells, 'reception', 'LOCAL').tiesUpward).toBe(2);
    expect(find(byCountry.cells, 'reception', 'LOCAL', 'IT').fundingReceived.relationCount).toBe(1);
    expect(find(byCountry.cells, 'reception', 'LOCAL', 'GR').fundingReceived.relationCount).toBe(2);
    expect(find(byCountry.cells, 'reception', 'GLOBAL', 'GR')).toMatchObject({ actorIds: ['g1'], tiesDownward: 1 });
  });

  it('puts an actor tied to no country in the last block, country null', () => {
    const loose = { ...data, relations: data.relations.filter((r) => r.id !== 'c2') };
    const cells = coverageGrid(loose, { byCountry: true }).cells.filter((c) => c.theme === 'reception');
    expect([...new Set(cells.map((c) => c.country))]).toEqual(['GR', 'IT', null]);
    expect(find(cells, 'reception', 'GLOBAL', null)).toMatchObject({ actorIds: ['g1'], tiesDownward: 0 });
  });
});
