import { useId } from 'react';
import { CodeSelect } from './CodeSelect';

export interface CodeListFieldProps {
  /** The names of the codes offered (null while they load). */
  names: ReadonlyMap<string, string> | null;
  /** The first option of the picker, e.g. "Add a country…". */
  addLabel: string;
  label: string;
  /** Codes, in the order they were added. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  problem?: string | undefined;
  /** Shown under the label: what the list is for. */
  hint?: string;
  testId?: string;
}

/** A list of codes (countries of origin, languages): each shown by name with a remove button, and a picker to add one. */
export function CodeListField({ names, addLabel, label, value, onChange, problem, hint, testId }: CodeListFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={problem ? 'field field--invalid country-list' : 'field country-list'}
      aria-describedby={described || undefined}
      data-testid={testId}
    >
      <legend>{label}</legend>
      {hint && (
        <p className="muted country-list__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className="country-list__chosen">
          {value.map((code) => (
            <li key={code}>
              {names?.get(code) ?? code}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${names?.get(code) ?? code}`}
                onClick={() => onChange(value.filter((other) => other !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-add`} className="visually-hidden">
        Add to {label.toLowerCase()}
      </label>
      <CodeSelect
        names={names}
        id={`${id}-add`}
        value=""
        noneLabel={addLabel}
        exclude={value}
        onChange={(code) => code && onChange([...value, code])}
        {...(problem ? { 'aria-invalid': true } : {})}
      />
      {problem && (
        <p className="field__problem" id={`${id}-problem`} role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
