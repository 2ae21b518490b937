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
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../../lib/view-state';
import { FacetGroup, type FacetOption } from './FacetGroup';

export interface FiltersPanelProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  actors: readonly MapActor[];
  themes: readonly Theme[];
}

function countBy(actors: readonly MapActor[], pick: (actor: MapActor) => readonly (string | null)[]) {
  const counts = new Map<string, number>();
  for (const actor of actors)
    for (const value of pick(actor)) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const options = (values: readonly string[], counts?: Map<string, number>): FacetOption[] =>
  values.map((value) => ({ value, label: humanize(value), ...(counts ? { count: counts.get(value) ?? 0 } : {}) }));

/** The map filter: actor facets (tier, kind, sector, theme, country) and relation facets (type, mode, engagement). */
export function FiltersPanel({ filters, onChange, actors, themes }: FiltersPanelProps) {
  const counts = useMemo(
    () => ({
      tiers: countBy(actors, (a) => [a.tier]),
      kinds: countBy(actors, (a) => [a.kind]),
      sectors: countBy(actors, (a) => [a.sector]),
      countries: countBy(actors, (a) => [a.country]),
      themes: countBy(actors, (a) => a.themes),
    }),
    [actors],
  );
  const countries = [...counts.countries.keys()].sort();
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
        options={options(KINDS, counts.kinds).filter((option) => option.count)}
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
        options={countries.map((country) => ({
          value: country,
          label: country,
          count: counts.countries.get(country) ?? 0,
        }))}
        selected={filters.countries}
        onChange={set('countries')}
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
