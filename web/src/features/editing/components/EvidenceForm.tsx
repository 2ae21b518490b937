import { useState, type FormEvent } from 'react';
import { createSource } from '../api/create-source';
import { useSubmit } from '../../../components/form/use-submit';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormActions } from './FormActions';
import { VisibilityField } from './VisibilityField';
import type { Visibility } from '../../../lib/domain';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';

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
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const { failure, saving, run, refuse, problems } = useSubmit('source');
  const set = (key: keyof Draft, value: string) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = Object.fromEntries(FIELDS.map((key) => [key, draft[key].trim() || null]));
    if (!input.quote && !input.title && !input.document && !input.url)
      return refuse({ quote: 'Give a quote, a title, a document or a URL.' });
    await run(async () => {
      await createSource(subjectId, { ...input, visibility });
      onDone(true);
    });
  };

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
      <VisibilityField value={visibility} onChange={setVisibility} problem={problems.visibility} />
      <FormActions saving={saving} label="Add evidence" testId="save-evidence" onCancel={() => onDone(false)} />
    </form>
  );
}
