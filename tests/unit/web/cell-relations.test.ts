import { relationsInCell } from '../../../web/src/features/analytics/cell-relations';
import type { MapRelation } from '../../../web/src/lib/domain';

const relation = (id: string, sourceId: string, targetId: string, directed = true): MapRelation => ({
  id,
  type: 'PARTNERS_WITH',
  sourceId,
  targetId,
  directed,
  mode: null,
  engagement: null,
  themes: [],
  since: null,
  until: null,
  amount: null,
  currency: null,
  confidence: 1,
});

const tiers = new Map([
  ['city', { tier: 'LOCAL' as const }],
  ['ministry', { tier: 'NATIONAL' as const }],
  ['un', { tier: 'GLOBAL' as const }],
]);

describe('relationsInCell', () => {
  const relations = [
    relation('r1', 'city', 'ministry'),
    relation('r2', 'ministry', 'city'),
    relation('r3', 'ministry', 'city', false),
    relation('r4', 'un', 'ministry'),
    relation('r5', 'ghost', 'city'),
  ];

  it('lists directed relations from the row tier to the column tier, and undirected ones both ways', () => {
    expect(relationsInCell(relations, tiers, 'LOCAL', 'NATIONAL').map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(relationsInCell(relations, tiers, 'NATIONAL', 'LOCAL').map((r) => r.id)).toEqual(['r2', 'r3']);
  });

  it('leaves out relations with an unknown end and cells without relations', () => {
    expect(relationsInCell(relations, tiers, 'GLOBAL', 'LOCAL')).toEqual([]);
    expect(relationsInCell(relations, tiers, 'GLOBAL', 'NATIONAL').map((r) => r.id)).toEqual(['r4']);
  });
});
