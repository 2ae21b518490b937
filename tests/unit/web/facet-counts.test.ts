import { facetCounts } from '../../../web/src/features/explore/facet-counts';
import { countryScope } from '../../../web/src/lib/country-scope';
import { EMPTY_FILTERS, type Filters } from '../../../web/src/lib/view-state';
import { actor, tie } from './map-fixture';

const ACTORS = [
  { ...actor('a', 'LOCAL', 'CIVIL_SOCIETY', 'SN'), themes: ['reception', 'protection'] },
  { ...actor('b', 'LOCAL', 'GOVERNMENT', 'SN'), themes: ['reception'] },
  { ...actor('c', 'NATIONAL', 'GOVERNMENT', 'SN'), themes: [] },
  { ...actor('d', 'NATIONAL', 'CIVIL_SOCIETY', 'GR'), themes: ['protection'] },
  { ...actor('e', 'GLOBAL', 'INTERNATIONAL', null), themes: ['reception'] },
];

/** The global actor e works with the Senegalese actor a. */
const RELATIONS = [tie('a-e', 'a', 'e')];
const count = (filters: Filters) =>
  facetCounts(
    ACTORS,
    filters,
    countryScope(ACTORS, RELATIONS, filters.countries, () => true),
  );

const asObject = (counts: Map<string, number>) => Object.fromEntries([...counts].sort());

describe('facetCounts', () => {
  it('counts every actor when nothing is filtered', () => {
    const counts = count(EMPTY_FILTERS);
    expect(asObject(counts.countries)).toEqual({ GR: 1, SN: 3 });
    expect(asObject(counts.themes)).toEqual({ protection: 2, reception: 3 });
    expect(asObject(counts.tiers)).toEqual({ GLOBAL: 1, LOCAL: 2, NATIONAL: 2 });
  });

  it('counts a facet’s values under the other facets’ filters', () => {
    const counts = count({ ...EMPTY_FILTERS, tiers: ['NATIONAL'], sectors: ['GOVERNMENT'] });
    expect(asObject(counts.countries)).toEqual({ SN: 1 });
    expect(asObject(counts.themes)).toEqual({});
    // Each of the two filters leaves its own facet's counts as the other one alone makes them.
    expect(asObject(counts.tiers)).toEqual({ LOCAL: 1, NATIONAL: 1 });
    expect(asObject(counts.sectors)).toEqual({ CIVIL_SOCIETY: 1, GOVERNMENT: 1 });
  });

  it('does not narrow a facet by its own selection, so other values stay countable', () => {
    const counts = count({ ...EMPTY_FILTERS, countries: ['GR'], themes: ['reception'] });
    expect(asObject(counts.countries)).toEqual({ SN: 2 });
    expect(asObject(counts.themes)).toEqual({ protection: 1 });
  });

  it('counts the other facets over the country scope, the countryless actors tied to it included', () => {
    const counts = count({ ...EMPTY_FILTERS, countries: ['SN'] });
    expect(asObject(counts.tiers)).toEqual({ GLOBAL: 1, LOCAL: 2, NATIONAL: 1 });
    // A country's own count is of the actors based there.
    expect(asObject(counts.countries)).toEqual({ GR: 1, SN: 3 });
  });
});
