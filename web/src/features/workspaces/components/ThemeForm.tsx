import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import { slugOf } from '../slug';

type ThemeValues = { id: string; label: string; description: string };

export interface ThemeFormProps {
  /** The theme to relabel (its id stays); absent for a new one. */
  theme?: ThemeValues;
  onSave: (theme: ThemeValues) => Promise<void>;
  onCancel: () => void;
}

/** A theme's label and description; a new theme's id follows its label (kebab-case) until edited. */
export function ThemeForm({ theme, onSave, onCancel }: ThemeFormProps) {
  const [draft, setDraft] = useState<ThemeValues>(theme ?? { id: '', label: '', description: '' });
  const [idEdited, setIdEdited] = useState(Boolean(theme));
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('theme');
  const id = idEdited ? draft.id : slugOf(draft.label);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.label.trim()) return refuse({ label: 'Give the theme a label.' });
    await run(() => onSave({ id, label: draft.label.trim(), description: draft.description.trim() }));
  };
  const problem = (field: string) => problems[`themes.0.${field}`] ?? problems[field];
  return (
    <form ref={formRef} className="edit-form theme-form" onSubmit={submit} noValidate data-testid="theme-form">
      <FormFailureNotice failure={failure} />
      <FieldRow label="Label" problem={problem('label')}>
        <input value={draft.label} onChange={(e) => setDraft({ ...draft, label: e.target.value })} autoFocus />
      </FieldRow>
      {!theme && (
        <FieldRow label="Id (kebab-case)" problem={problem('id')}>
          <input
            value={id}
            onChange={(e) => {
              setIdEdited(true);
              setDraft({ ...draft, id: e.target.value });
            }}
            spellCheck={false}
          />
        </FieldRow>
      )}
      <FieldRow label="Description" problem={problem('description')}>
        <textarea
          rows={2}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </FieldRow>
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="save-theme">
          {saving ? 'Saving…' : theme ? 'Save' : 'Add theme'}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
