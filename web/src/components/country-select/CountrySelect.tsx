import { useCountryNames } from '../../lib/country-names';

export interface CountrySelectProps {
  /** An ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** The first option, for no country ("None (international)"); absent: a country must be chosen. */
  noneLabel?: string;
  /** Codes not offered (e.g. those already in a list). */
  exclude?: readonly string[];
  name?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A country picked by its English name (the API's vocabulary), never a code typed by hand. A stored
 * code the list does not know stays selectable as itself, so opening a form never changes a value.
 */
export function CountrySelect({ value, onChange, noneLabel, exclude = [], ...rest }: CountrySelectProps) {
  const names = useCountryNames();
  const options = [...(names ?? new Map<string, string>())]
    .filter(([code]) => code === value || !exclude.includes(code))
    .sort((a, b) => a[1].localeCompare(b[1], 'en'));
  if (value && !names?.has(value)) options.unshift([value, value]);
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} disabled={names === null && !value} {...rest}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {options.map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
