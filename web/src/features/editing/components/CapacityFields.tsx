import { CodeListField } from '../../../components/code-list/CodeListField';
import { useCapacityVocabulary } from '../../../lib/capacity-vocabulary';
import type { ActorDraft } from '../actor-draft';
import './capacity-fields.css';

export interface CapacityFieldsProps {
  draft: ActorDraft;
  set: <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) => void;
  problems: Record<string, string>;
}

/** Checkboxes for a closed list, each with its label; the chosen values in the order they were ticked. */
function CheckList({
  legend,
  labels,
  value,
  onChange,
  problem,
  testId,
}: {
  legend: string;
  labels: ReadonlyMap<string, string> | undefined;
  value: readonly string[];
  onChange: (value: string[]) => void;
  problem: string | undefined;
  testId: string;
}) {
  return (
    <fieldset className={problem ? 'field field--invalid check-list' : 'field check-list'} data-testid={testId}>
      <legend>{legend}</legend>
      <div className="theme-picker">
        {[...(labels ?? [])].map(([id, label]) => (
          <label key={id}>
            <input
              type="checkbox"
              value={id}
              checked={value.includes(id)}
              onChange={() => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id])}
            />
            {label}
          </label>
        ))}
      </div>
      {problem && (
        <p className="field__problem" role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/**
 * An actor's capacity profile: the groups it serves, the services it offers (labelled checkboxes)
 * and the languages it works in (picked by name). The partner finder compares profiles.
 */
export function CapacityFields({ draft, set, problems }: CapacityFieldsProps) {
  const vocabulary = useCapacityVocabulary();
  return (
    <details className="capacity-fields" open={draft.populationsServed.length + draft.services.length > 0}>
      <summary>Capacity profile (whom it serves, what it offers, languages)</summary>
      <CheckList
        legend="Populations served"
        labels={vocabulary?.populations}
        value={draft.populationsServed}
        onChange={(value) => set('populationsServed', value as ActorDraft['populationsServed'])}
        problem={problems.populationsServed}
        testId="populations-served"
      />
      <CheckList
        legend="Services offered"
        labels={vocabulary?.services}
        value={draft.services}
        onChange={(value) => set('services', value as ActorDraft['services'])}
        problem={problems.services}
        testId="services"
      />
      <CodeListField
        names={vocabulary?.languages ?? null}
        addLabel="Add a language…"
        label="Languages it works in"
        hint="The partner finder names languages two actors share (“both work in Wolof”)."
        value={draft.languages}
        onChange={(value) => set('languages', value)}
        problem={problems.languages}
        testId="languages"
      />
    </details>
  );
}
