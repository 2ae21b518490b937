import { exportChoices, exportPath, hasFacets } from '../../../web/src/features/interchange/export-path';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';

describe('exportPath', () => {
  it('asks for the whole workspace without filters', () => {
    expect(exportPath('seed map', 'GRAPHML', null)).toBe('/export?workspace=seed+map&format=GRAPHML');
    expect(exportPath('w', 'JSON', EMPTY_FILTERS)).toBe('/export?workspace=w&format=JSON');
  });

  it('passes every chosen facet of the map as the parameter of the same name', () => {
    const filters = { ...EMPTY_FILTERS, tiers: ['LOCAL', 'NATIONAL'], sectors: ['CIVIL_SOCIETY'], types: ['FUNDS'] };
    const params = new URLSearchParams(exportPath('w', 'CSV_RELATIONS', filters).split('?')[1]);
    expect(params.get('tiers')).toBe('LOCAL,NATIONAL');
    expect(params.get('sectors')).toBe('CIVIL_SOCIETY');
    expect(params.get('types')).toBe('FUNDS');
    expect(params.has('kinds')).toBe(false);
    expect(hasFacets(filters)).toBe(true);
    expect(hasFacets(EMPTY_FILTERS)).toBe(false);
  });
});

describe('exportChoices', () => {
  it('offers the relations CSV first in the Relations view, the actors CSV first elsewhere', () => {
    expect(exportChoices('relations')[0]![0]).toBe('CSV_RELATIONS');
    expect(exportChoices('map')[0]![0]).toBe('CSV_ACTORS');
    expect(exportChoices('relations')).toHaveLength(7);
  });
});
