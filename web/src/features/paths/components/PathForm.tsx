import { useState, type FormEvent, type ReactNode } from 'react';
import { humanize, MODES, RELATION_TYPES } from '../../../lib/domain';
import type { PathQuery } from '../api/find-paths';

export interface PathFormProps {
  from: string | null;
  to: string | null;
  actorName: (id: string) => string;
  onEnds: (from: string | null, to: string | null) => void;
  /** The actor search box (from the explore feature), given a label and what to do with the pick. */
  renderActorPicker: (label: string, onPick: (id: string) => void) => ReactNode;
  /** Problems the API reported, keyed by argument (k, minConfidence…). */
  problems: Record<string, string>;
  onSubmit: (query: PathQuery) => void;
}

function Checklist({
  legend,
  values,
  chosen,
  onChange,
}: {
  legend: string;
  values: readonly string[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <details className="facet">
      <summary>
        {legend} {chosen.length > 0 && <span className="facet__count">{chosen.length}</span>}
      </summary>
      <fieldset className="facet__options">
        <legend className="visually-hidden">{legend}</legend>
        {values.map((value) => (
          <label key={value} className="facet__option">
            <input
              type="checkbox"
              checked={chosen.includes(value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))
              }
            />
            {humanize(value)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function End({
  label,
  id,
  actorName,
  onClear,
  children,
}: {
  label: string;
  id: string | null;
  actorName: (id: string) => string;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <div className="path-form__end">
      <span className="path-form__label">{label}</span>
      {id ? (
        <span className="path-form__chosen" data-testid={`path-${label.toLowerCase()}`}>
          <strong>{actorName(id)}</strong>
          <button type="button" className="icon-button" onClick={onClear} aria-label={`Clear the “${label}” actor`}>
            ×
          </button>
        </span>
      ) : (
        children
      )}
    </div>
  );
}

/** The two ends of the path, how many paths (k), and the relation types, modes and confidence allowed. */
export function PathForm({ from, to, actorName, onEnds, renderActorPicker, problems, onSubmit }: PathFormProps) {
  const [k, setK] = useState('3');
  const [types, setTypes] = useState<string[]>([]);
  const [modes, setModes] = useState<string[]>([]);
  const [minConfidence, setMinConfidence] = useState('');
  const kValue = Number(k);
  const confidence = minConfidence.trim() === '' ? null : Number(minConfidence);
  const local: Record<string, string> = {};
  if (!Number.isInteger(kValue) || kValue < 1 || kValue > 10) local.k = 'Between 1 and 10 paths.';
  if (confidence !== null && !(confidence >= 0 && confidence <= 1)) local.minConfidence = 'A number from 0 to 1.';
  const shown = { ...problems, ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && Object.keys(local).length === 0)
      onSubmit({ from, to, k: kValue, types, modes, minConfidence: confidence });
  };
  return (
    <form className="path-form" onSubmit={submit} data-testid="path-form">
      <End label="From" id={from} actorName={actorName} onClear={() => onEnds(null, to)}>
        {renderActorPicker('Path from', (id) => onEnds(id, to))}
      </End>
      <End label="To" id={to} actorName={actorName} onClear={() => onEnds(from, null)}>
        {renderActorPicker('Path to', (id) => onEnds(from, id))}
      </End>
      <div className="path-form__row">
        <label className={shown.k ? 'field field--inline field--invalid' : 'field field--inline'}>
          <span>Paths (k)</span>
          <input
            type="number"
            min={1}
            max={10}
            value={k}
            onChange={(e) => setK(e.target.value)}
            aria-invalid={Boolean(shown.k)}
            data-testid="path-k"
          />
        </label>
        <label className={shown.minConfidence ? 'field field--inline field--invalid' : 'field field--inline'}>
          <span>Min. confidence</span>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            placeholder="any"
            value={minConfidence}
            onChange={(e) => setMinConfidence(e.target.value)}
            aria-invalid={Boolean(shown.minConfidence)}
            data-testid="path-min-confidence"
          />
        </label>
      </div>
      {shown.k && <p className="field__problem">{shown.k}</p>}
      {shown.minConfidence && (
        <p className="field__problem" data-testid="field-problem">
          {shown.minConfidence}
        </p>
      )}
      <Checklist legend="Relation types" values={RELATION_TYPES} chosen={types} onChange={setTypes} />
      <Checklist legend="Modes" values={MODES} chosen={modes} onChange={setModes} />
      <button type="submit" className="primary" disabled={!from || !to} data-testid="find-paths">
        Find paths
      </button>
    </form>
  );
}
