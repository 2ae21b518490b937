import { tierMatrix } from '../../../api/src/graph/tier-matrix';
import type { MatrixCell } from '../../../api/src/graph/group-matrix';
import { actor, frozen, relation } from './graph-fixtures';

// Two local NGOs and a national ministry.
const data = frozen({
  actors: [actor('l1'), actor('l2'), actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY' })],
  relations: [
    relation('r1', 'FUNDS', 'n1', 'l1', { directed: true, mode: 'CO_OPTATION' }),
    relation('r2', 'PARTNERS_WITH', 'l1', 'l2', { mode: 'COOPERATION' }),
    relation('r3', 'PARTNERS_WITH', 'l1', 'l2'),
    relation('r4', 'ADVOCATES_TO', 'l2', 'n1', { directed: true, mode: 'CONFRONTATION' }),
    relation('r5', 'CONSULTS', 'n1', 'l2', { directed: true }),
  ],
});

const cell = (cells: MatrixCell[], from: string, to: string): MatrixCell =>
  cells.find((c) => c.from === from && c.to === to) as MatrixCell;

describe('tierMatrix', () => {
  const result = tierMatrix(data);

  it('returns the full tier × tier and sector × sector grids', () => {
    expect(result.tiers).toHaveLength(25);
    expect(result.sectors).toHaveLength(36);
    expect(result.tiers[0]).toMatchObject({ from: 'LOCAL', to: 'LOCAL' });
    expect(result.tiers[1]).toMatchObject({ from: 'LOCAL', to: 'REGIONAL' });
  });

  it('reads undirected relations both ways and counts by type and mode', () => {
    const localLocal = cell(result.tiers, 'LOCAL', 'LOCAL');
    expect(localLocal.count).toBe(4);
    expect(localLocal.byType).toEqual([{ type: 'PARTNERS_WITH', count: 4 }]);
    expect(localLocal.byMode).toEqual([
      { mode: 'COOPERATION', count: 2 },
      { mode: null, count: 2 },
    ]);
  });

  it('reads directed relations from source tier to target tier only', () => {
    const down = cell(result.tiers, 'NATIONAL', 'LOCAL');
    expect(down.count).toBe(2);
    expect(down.byType).toEqual([
      { type: 'FUNDS', count: 1 },
      { type: 'CONSULTS', count: 1 },
    ]);
    expect(down.byMode).toEqual([
      { mode: 'CO_OPTATION', count: 1 },
      { mode: null, count: 1 },
    ]);
    const up = cell(result.tiers, 'LOCAL', 'NATIONAL');
    expect(up.count).toBe(1);
    expect(up.byMode).toEqual([{ mode: 'CONFRONTATION', count: 1 }]);
  });

  it('computes density over ordered pairs: n_i·n_j off the diagonal, n_i(n_i − 1) on it', () => {
    expect(cell(result.tiers, 'LOCAL', 'LOCAL')).toMatchObject({ tiedPairs: 2, possiblePairs: 2, density: 1 });
    expect(cell(result.tiers, 'LOCAL', 'NATIONAL')).toMatchObject({ tiedPairs: 1, possiblePairs: 2, density: 0.5 });
    expect(cell(result.tiers, 'NATIONAL', 'LOCAL')).toMatchObject({ tiedPairs: 2, possiblePairs: 2, density: 1 });
  });

  it('gives a null density where no pair is possible', () => {
    expect(cell(result.tiers, 'NATIONAL', 'NATIONAL')).toMatchObject({ count: 0, possiblePairs: 0, density: null });
    expect(cell(result.tiers, 'LOCAL', 'REGIONAL').density).toBeNull();
  });

  it('builds the same counts by sector', () => {
    expect(cell(result.sectors, 'GOVERNMENT', 'CIVIL_SOCIETY')).toMatchObject({ count: 2, density: 1 });
    expect(cell(result.sectors, 'CIVIL_SOCIETY', 'GOVERNMENT')).toMatchObject({ count: 1, density: 0.5 });
    expect(cell(result.sectors, 'PRIVATE', 'PRIVATE').count).toBe(0);
  });
});
