import { useState } from 'react';
import type { SourceInput } from '../../../gql/graphql';
import type { Visibility } from '../../../lib/domain';
import { EMPTY_EVIDENCE, EvidenceFields, evidenceInput, type EvidenceDraft } from './EvidenceFields';

/** The evidence typed into a create form: its source input (with the record's visibility), or what is missing. */
export function useEvidenceDraft() {
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const fields = evidenceInput(draft);
  return {
    draft,
    set: (key: keyof EvidenceDraft, value: string) => setDraft((previous) => ({ ...previous, [key]: value })),
    /** Client-side problems: a quote or page with nothing saying where it comes from. */
    problems:
      fields && !fields.title && !fields.document && !fields.url
        ? { 'evidence.title': 'Say where it comes from: a title, a document or a URL.' }
        : null,
    /** The source to write with the record, seen by whoever sees the record; null when left blank. */
    input: (visibility: Visibility): SourceInput | null => (fields ? { ...fields, visibility } : null),
  };
}

export interface EvidenceFieldsetProps {
  evidence: ReturnType<typeof useEvidenceDraft>;
  problems: Record<string, string>;
  /** 'actor' or 'relation', for the hint. */
  what: string;
}

/** The optional source of a new record: the quote it rests on, saved with it. */
export function EvidenceFieldset({ evidence, problems, what }: EvidenceFieldsetProps) {
  return (
    <fieldset className="edit-form__evidence" data-testid="create-evidence">
      <legend>Evidence (optional)</legend>
      <p className="muted">
        The passage this {what} rests on and where it comes from. It is saved with the {what}: if either is refused,
        neither is saved.
      </p>
      <EvidenceFields draft={evidence.draft} set={evidence.set} problems={problems} prefix="evidence." />
    </fieldset>
  );
}
