import { useState, type FormEvent } from 'react';
import { createSource } from '../api/create-source';
import { describeFailure, type FormFailure } from '../form-failure';
import { FieldRow } from './FieldRow';
import { FormFailureNotice } from './FormFailureNotice';

export interface EvidenceFormProps {
  /** The actor or relation the evidence supports. */
  subjectId: string;
  /** What it is, in words ("Athens municipality", "Funds: A → B"). */
  subjectLabel: string;
  onDone: (saved: boolean) => void;
}

const FIELDS = ['quote', 'title', 'document', 'url', 'page'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/** Adds a source (verbatim quote, document, URL, page) to an actor or a relation. */
export function EvidenceForm({ subjectId, subjectLabel, onDone }: EvidenceFormProps) {
  const [draft, setDraft] = useState<Draft>({ quote: '', title: '', document: '', url: '', page: '' });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof Draft, value: string) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = Object.fromEntries(FIELDS.map((key) => [key, draft[key].trim() || null]));
    if (!input.quote && !input.title && !input.document && !input.url)
      return setFailure({
        problems: { quote: 'Give a quote, a title, a document or a URL.' },
        message: null,
        conflict: false,
      });
    setSaving(true);
    setFailure(null);
    try {
      await createSource(subjectId, input);
      onDone(true);
    } catch (error) {
      setFailure(describeFailure(error, 'source'));
    } finally {
      setSaving(false);
    }
  };

  const problems = failure?.problems ?? {};
  const text = (key: keyof Draft, label: string, type = 'text') => (
    <FieldRow label={label} problem={problems[key]}>
      <input name={key} type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </FieldRow>
  );
  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="evidence-form" aria-label="Add evidence">
      <h3>Add evidence: {subjectLabel}</h3>
      <FormFailureNotice failure={failure} />
      <FieldRow label="Quote (verbatim)" problem={problems.quote}>
        <textarea name="quote" rows={4} value={draft.quote} onChange={(e) => set('quote', e.target.value)} />
      </FieldRow>
      {text('title', 'Title')}
      {text('document', 'Document (file name)')}
      {text('url', 'URL', 'url')}
      {text('page', 'Page or section')}
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="save-evidence">
          {saving ? 'Saving…' : 'Add evidence'}
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
