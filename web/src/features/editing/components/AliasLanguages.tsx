import { cleanLines } from '../actor-draft';

/** Languages aliases are most often in on these maps, then any other ISO 639-1 code typed by the API. */
const LANGUAGES: ReadonlyArray<[string, string]> = [
  ['', 'Language not said'],
  ['en', 'English'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
  ['it', 'Italian'],
  ['pt', 'Portuguese'],
  ['el', 'Greek'],
  ['ar', 'Arabic'],
  ['tr', 'Turkish'],
  ['nl', 'Dutch'],
  ['sv', 'Swedish'],
  ['pl', 'Polish'],
  ['ro', 'Romanian'],
  ['wo', 'Wolof'],
  ['fa', 'Persian'],
  ['uk', 'Ukrainian'],
  ['ru', 'Russian'],
];

export interface AliasLanguagesProps {
  aliases: readonly string[];
  value: Readonly<Record<string, string>>;
  onChange: (value: Record<string, string>) => void;
  problem?: string | undefined;
}

/** A language picker beside each alias typed above it. */
export function AliasLanguages({ aliases, value, onChange, problem }: AliasLanguagesProps) {
  const names = cleanLines(aliases);
  if (names.length === 0) return null;
  return (
    <fieldset className={problem ? 'field field--invalid' : 'field'} data-testid="alias-languages">
      <legend>Language of each alias</legend>
      {names.map((name) => {
        const current = value[name] ?? '';
        const known = LANGUAGES.some(([code]) => code === current);
        return (
          <label key={name} className="edit-form__pair">
            <span>{name}</span>
            <select
              aria-label={`Language of ${name}`}
              value={current}
              onChange={(e) => onChange({ ...value, [name]: e.target.value })}
            >
              {!known && <option value={current}>{current}</option>}
              {LANGUAGES.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {problem && (
        <p className="field__problem" role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
