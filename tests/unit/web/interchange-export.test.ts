import { exportChoices, exportPath, isNarrowed } from '../../../web/src/features/interchange/export-path';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';

describe('exportPath', () => {
  it('asks for the whole workspace without a view', () => {
    expect(exportPath('seed map', 'GRAPHML', null)).toBe('/export?workspace=seed+map&format=GRAPHML');
    expect(exportPath('w', 'JSON', { filters: EMPTY_FILTERS, asOf: null })).toBe('/export?workspace=w&format=JSON');
  });

  it('passes every chosen facet of the map as the parameter of the same name, and the as-of month', () => {
    const filters = { ...EMPTY_FILTERS, tiers: ['LOCAL', 'NATIONAL'], sectors: ['CIVIL_SOCIETY'], types: ['FUNDS'] };
    const params = new URLSearchParams(exportPath('w', 'CSV_RELATIONS', { filters, asOf: '2015-06' }).split('?')[1]);
    expect(params.get('tiers')).toBe('LOCAL,NATIONAL');
    expect(params.get('sectors')).toBe('CIVIL_SOCIETY');
    expect(params.get('types')).toBe('FUNDS');
    expect(params.get('asOf')).toBe('2015-06');
    expect(params.has('kinds')).toBe(false);
  });

  it('counts a view as narrowed by a facet or by a date alone', () => {
    expect(isNarrowed({ filters: { ...EMPTY_FILTERS, countries: ['SN'] }, asOf: null })).toBe(true);
    expect(isNarrowed({ filters: EMPTY_FILTERS, asOf: '2012-01' })).toBe(true);
    expect(isNarrowed({ filters: EMPTY_FILTERS, asOf: null })).toBe(false);
  });
});

describe('exportChoices', () => {
  it('offers the relations CSV first in the Relations view, the actors CSV first elsewhere', () => {
    expect(exportChoices('relations')[0]![0]).toBe('CSV_RELATIONS');
    expect(exportChoices('map')[0]![0]).toBe('CSV_ACTORS');
    expect(exportChoices('relations')).toHaveLength(7);
  });
});
