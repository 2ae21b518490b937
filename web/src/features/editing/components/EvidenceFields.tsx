import { FieldRow } from '../../../components/form/FieldRow';
import type { SourceInput } from '../../../gql/graphql';

export const EVIDENCE_FIELDS = ['quote', 'title', 'document', 'url', 'page'] as const;
export type EvidenceDraft = Record<(typeof EVIDENCE_FIELDS)[number], string>;
export const EMPTY_EVIDENCE: EvidenceDraft = { quote: '', title: '', document: '', url: '', page: '' };

/** The draft's fields as the API takes them (blank text left out); null when every field is blank. */
export function evidenceInput(draft: EvidenceDraft): Omit<SourceInput, 'visibility'> | null {
  const entries = EVIDENCE_FIELDS.map((key) => [key, draft[key].trim()] as const).filter(([, value]) => value);
  return entries.length ? Object.fromEntries(entries) : null;
}

export interface EvidenceFieldsProps {
  draft: EvidenceDraft;
  set: (key: keyof EvidenceDraft, value: string) => void;
  problems: Record<string, string>;
  /** Where the API reports these fields' problems: '' for createSource's input, 'evidence.' for a create's. */
  prefix?: string;
}

/** A source's fields: the verbatim quote, then where it comes from (title, document, URL, page). */
export function EvidenceFields({ draft, set, problems, prefix = '' }: EvidenceFieldsProps) {
  const text = (key: keyof EvidenceDraft, label: string, type = 'text') => (
    <FieldRow label={label} problem={problems[`${prefix}${key}`]}>
      <input name={`${prefix}${key}`} type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </FieldRow>
  );
  return (
    <>
      <FieldRow label="Quote (verbatim)" problem={problems[`${prefix}quote`]}>
        <textarea name={`${prefix}quote`} rows={4} value={draft.quote} onChange={(e) => set('quote', e.target.value)} />
      </FieldRow>
      {text('title', 'Title')}
      {text('document', 'Document (file name)')}
      {text('url', 'URL', 'url')}
      {text('page', 'Page or section')}
    </>
  );
}
