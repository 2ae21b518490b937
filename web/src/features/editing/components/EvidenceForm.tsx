import { useState, type FormEvent } from 'react';
import { createSource } from '../api/create-source';
import { useSubmit } from '../../../components/form/use-submit';
import { FormActions } from './FormActions';
import { VisibilityField } from './VisibilityField';
import type { Visibility } from '../../../lib/domain';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { EMPTY_EVIDENCE, EvidenceFields, evidenceInput, type EvidenceDraft } from './EvidenceFields';

export interface EvidenceFormProps {
  /** The actor or relation the evidence supports. */
  subjectId: string;
  /** What it is, in words ("Athens municipality", "Funds: A → B"). */
  subjectLabel: string;
  onDone: (saved: boolean) => void;
}

/** Adds a source (verbatim quote, document, URL, page) to an actor or a relation. */
export function EvidenceForm({ subjectId, subjectLabel, onDone }: EvidenceFormProps) {
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('source');
  const set = (key: keyof EvidenceDraft, value: string) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = evidenceInput(draft);
    if (!input?.title && !input?.document && !input?.url)
      return refuse({ title: 'Say where it comes from: a title, a document or a URL.' });
    await run(async () => {
      await createSource(subjectId, { ...input, visibility });
      onDone(true);
    });
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      onSubmit={submit}
      noValidate
      data-testid="evidence-form"
      aria-label="Add evidence"
    >
      <h3>Add evidence: {subjectLabel}</h3>
      <FormFailureNotice failure={failure} />
      <EvidenceFields draft={draft} set={set} problems={problems} />
      <VisibilityField value={visibility} onChange={setVisibility} problem={problems.visibility} />
      <FormActions saving={saving} label="Add evidence" testId="save-evidence" onCancel={() => onDone(false)} />
    </form>
  );
}
