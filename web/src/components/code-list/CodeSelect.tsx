export interface CodeSelectProps {
  /** The names of the codes offered (null while they load); options are sorted by name. */
  names: ReadonlyMap<string, string> | null;
  /** A code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** The first option, for no value; absent: a value must be chosen. */
  noneLabel?: string;
  /** Codes not offered (e.g. those already in a list). */
  exclude?: readonly string[];
  name?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A code (a country, a language) picked by its English name from the API's vocabulary, never typed
 * by hand. A stored code the list does not know stays selectable as itself, so opening a form never
 * changes a value.
 */
export function CodeSelect({ names, value, onChange, noneLabel, exclude = [], ...rest }: CodeSelectProps) {
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
