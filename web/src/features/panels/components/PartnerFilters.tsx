import { CountrySelect } from '../../../components/country-select/CountrySelect';
import { countryName as nameOf, useCountryNames } from '../../../lib/country-names';
import type { Theme } from '../../../lib/domain';
import type { PartnerChoice, PartnerCriteria } from '../partner-criteria';
import '../partners.css';

export interface PartnerFiltersProps {
  choice: PartnerChoice;
  criteria: PartnerCriteria;
  onChange: (choice: PartnerChoice) => void;
  themes: readonly Theme[];
  /** The seeking actor's own corridors (its origin countries → its country), offered first. */
  ownCorridors: readonly { origin: string; destination: string }[];
}

const CORRIDOR_ENDS = [
  { key: 'origin', label: 'From', any: 'Any origin' },
  { key: 'destination', label: 'To', any: 'Any destination' },
] as const;

interface Option {
  value: string;
  label: string;
}

/**
 * A labelled select whose value is a comma-joined list: "" is any; several values (or one not listed)
 * make an option of their own.
 */
function ListSelect(props: {
  id: string;
  label: string;
  any: string;
  values: readonly string[];
  options: readonly Option[];
  labelOf: (value: string) => string;
  onChange: (values: string[]) => void;
}) {
  const value = props.values.join(',');
  const listed = props.options.some((option) => option.value === value);
  const combined = value && !listed ? [{ value, label: props.values.map(props.labelOf).join(' or ') }] : [];
  return (
    <label className="partner-filters__field" htmlFor={props.id}>
      <span>{props.label}</span>
      <select
        id={props.id}
        value={value}
        onChange={(event) => props.onChange(event.target.value ? event.target.value.split(',') : [])}
        data-testid={props.id}
      >
        <option value="">{props.any}</option>
        {[...combined, ...props.options].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The Partners tab's selectors: theme, country and diaspora corridor (origin → destination). Theme and
 * country start from the map's filters; "Map's filters" goes back to them.
 */
export function PartnerFilters(props: PartnerFiltersProps) {
  const { choice, criteria, onChange } = props;
  const names = useCountryNames();
  const countryName = (code: string) => nameOf(names, code);
  const countryOptions = [...(names ?? [])]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const themeOptions = props.themes.map((theme) => ({ value: theme.id, label: theme.label }));
  const themeLabel = (id: string) => props.themes.find((theme) => theme.id === id)?.label ?? id;
  return (
    <form className="partner-filters" aria-label="Partner search" onSubmit={(event) => event.preventDefault()}>
      <ListSelect
        id="partner-theme"
        label="Theme"
        any="Any theme"
        values={criteria.themes}
        options={themeOptions}
        labelOf={themeLabel}
        onChange={(themes) => onChange({ ...choice, themes })}
      />
      <ListSelect
        id="partner-country"
        label="Based in"
        any="Any country"
        values={criteria.countries}
        options={countryOptions}
        labelOf={countryName}
        onChange={(countries) => onChange({ ...choice, countries })}
      />
      <fieldset className="partner-filters__corridor">
        <legend>Corridor</legend>
        {CORRIDOR_ENDS.map(({ key, label, any }) => (
          <label key={key} className="partner-filters__field" htmlFor={`partner-${key}`}>
            <span>{label}</span>
            <CountrySelect
              id={`partner-${key}`}
              value={choice[key] ?? ''}
              noneLabel={any}
              onChange={(code) => onChange({ ...choice, [key]: code || null })}
            />
          </label>
        ))}
        {props.ownCorridors.map(({ origin, destination }) => (
          <button
            key={`${origin}-${destination}`}
            type="button"
            className="link-button"
            onClick={() => onChange({ ...choice, origin, destination })}
            data-testid="partner-own-corridor"
          >
            Its corridor: {countryName(origin)} → {countryName(destination)}
          </button>
        ))}
      </fieldset>
      <button type="button" className="link-button" onClick={() => onChange({ origin: null, destination: null })}>
        Map’s filters
      </button>
    </form>
  );
}
