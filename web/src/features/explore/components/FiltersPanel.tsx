import { useMemo } from 'react';
import {
  ENGAGEMENTS,
  humanize,
  KINDS,
  MODES,
  RELATION_TYPES,
  SECTORS,
  TIERS,
  type MapActor,
  type Theme,
} from '../../../lib/domain';
import type { CountryScope } from '../../../lib/country-scope';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../../lib/view-state';
import { facetCounts } from '../facet-counts';
import { useCountryNames } from '../../../lib/country-names';
import { FacetGroup, type FacetOption } from './FacetGroup';

export interface FiltersPanelProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  actors: readonly MapActor[];
  themes: readonly Theme[];
  /** The country scope of `filters` (null without a country). */
  scope: CountryScope | null;
}

const options = (values: readonly string[], counts?: Map<string, number>): FacetOption[] =>
  values.map((value) => ({ value, label: humanize(value), ...(counts ? { count: counts.get(value) ?? 0 } : {}) }));

/**
 * The map filter: actor facets (tier, kind, sector, theme, country) and relation facets (type, mode,
 * engagement). An actor facet's counts are those its values would show with the other facets as set;
 * the kinds and countries listed are those of the workspace's actors.
 */
export function FiltersPanel({ filters, onChange, actors, themes, scope }: FiltersPanelProps) {
  const present = useMemo(() => facetCounts(actors, EMPTY_FILTERS, null), [actors]);
  const counts = useMemo(() => facetCounts(actors, filters, scope), [actors, filters, scope]);
  const countryNames = useCountryNames();
  const countries = [...present.countries.keys()]
    .map((code) => ({ value: code, label: countryNames?.get(code) ?? code, count: counts.countries.get(code) ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const set = (key: keyof Filters) => (selected: string[]) => onChange({ ...filters, [key]: selected });
  return (
    <section className="filters" aria-label="Filters" data-testid="filters-panel">
      <header className="panel-header">
        <h2>Filters</h2>
        {activeFilterCount(filters) > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(EMPTY_FILTERS)}
            data-testid="clear-filters"
          >
            Clear all
          </button>
        )}
      </header>
      <FacetGroup name="Tier" options={options(TIERS, counts.tiers)} selected={filters.tiers} onChange={set('tiers')} />
      <FacetGroup
        name="Sector"
        options={options(SECTORS, counts.sectors)}
        selected={filters.sectors}
        onChange={set('sectors')}
      />
      <FacetGroup
        name="Kind"
        options={options(KINDS, counts.kinds).filter((option) => present.kinds.has(option.value))}
        selected={filters.kinds}
        onChange={set('kinds')}
      />
      <FacetGroup
        name="Theme"
        options={themes.map((theme) => ({
          value: theme.id,
          label: theme.label,
          count: counts.themes.get(theme.id) ?? 0,
        }))}
        selected={filters.themes}
        onChange={set('themes')}
      />
      <FacetGroup
        name="Country"
        options={countries}
        selected={filters.countries}
        onChange={set('countries')}
        searchable
      />
      <FacetGroup
        name="Relation type"
        options={options(RELATION_TYPES)}
        selected={filters.types}
        onChange={set('types')}
      />
      <FacetGroup name="Mode" options={options(MODES)} selected={filters.modes} onChange={set('modes')} />
      <FacetGroup
        name="Engagement"
        options={options(ENGAGEMENTS)}
        selected={filters.engagements}
        onChange={set('engagements')}
      />
    </section>
  );
}
