import { exportRows, type ExportInput } from '../../../web/src/features/sharing/export-rows';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';
import { actor, tie } from './map-fixture';

const actors = [
  { ...actor('a', 'LOCAL', 'CIVIL_SOCIETY'), name: 'Athens Aid' },
  { ...actor('b', 'LOCAL', 'GOVERNMENT'), name: 'Bari City' },
  { ...actor('c', 'NATIONAL', 'GOVERNMENT'), name: 'Ministry C' },
];
const relations = [
  { ...tie('ab', 'a', 'b'), type: 'FUNDS' as const },
  { ...tie('bc', 'b', 'c'), since: '2022' },
  tie('ac', 'a', 'c'),
];
const input = (view: Partial<ExportInput['view']>, mapActorIds: Set<string> | null = null): ExportInput => ({
  view: { view: 'map', filters: EMPTY_FILTERS, asOf: null, tableText: '', tableType: null, ...view },
  actors,
  relations,
  themes: [{ id: 'reception', label: 'Reception' }],
  scope: null,
  mapActorIds,
});
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const relationIds = (rows: readonly { relation: { id: string } }[]) => rows.map((row) => row.relation.id);

describe('exportRows', () => {
  it('takes the relations of the relations view, with its text and type filters, not its actors', () => {
    const rows = exportRows(input({ view: 'relations', tableText: 'bari', tableType: 'FUNDS' }));
    expect(relationIds(rows.relations)).toEqual(['ab']);
    expect(rows.relations[0]).toMatchObject({ from: 'Athens Aid', to: 'Bari City', themes: 'Reception' });
  });

  it('applies the map filters and the date to the relations', () => {
    expect(relationIds(exportRows(input({ view: 'relations', asOf: '2020-06' })).relations)).toEqual(['ab', 'ac']);
    const funds = { ...EMPTY_FILTERS, types: ['FUNDS'] };
    expect(relationIds(exportRows(input({ view: 'relations', filters: funds })).relations)).toEqual(['ab']);
  });

  it('on the map, takes the chosen actors and only the relations between them', () => {
    const rows = exportRows(input({ view: 'map' }, new Set(['a', 'b'])));
    expect(ids(rows.actors)).toEqual(['a', 'b']);
    expect(relationIds(rows.relations)).toEqual(['ab']);
  });

  it('in the actor table, takes the rows its text filter leaves', () => {
    const rows = exportRows(input({ view: 'table', tableText: 'ministry' }));
    expect(ids(rows.actors)).toEqual(['c']);
    expect(rows.relations).toEqual([]);
  });

  it('elsewhere, takes every actor that passes the filters', () => {
    const local = { ...EMPTY_FILTERS, tiers: ['LOCAL'] };
    expect(ids(exportRows(input({ view: 'matrix', filters: local })).actors)).toEqual(['a', 'b']);
  });
});
