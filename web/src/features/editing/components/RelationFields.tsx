import { ENGAGEMENTS, humanize, MODES, PARTICIPATION_ROLES, RELATION_TYPES, type Theme } from '../../../lib/domain';
import { withType, type RelationDraft } from '../relation-draft';
import { FieldRow } from '../../../components/form/FieldRow';
import { ThemePicker } from './ThemePicker';
import { VisibilityField } from './VisibilityField';

export interface RelationFieldsProps {
  draft: RelationDraft;
  /** Changes the draft (a type change also sets the direction, see withType). */
  update: (change: (draft: RelationDraft) => RelationDraft) => void;
  problems: Record<string, string>;
  themes: readonly Theme[];
}

const options = (values: readonly string[], empty?: string) => [
  ...(empty === undefined ? [] : [{ value: '', label: empty }]),
  ...values.map((value) => ({ value, label: humanize(value) })),
];

const FORMALITY = [
  { value: '', label: 'Not known' },
  { value: 'formal', label: 'Formal (agreement, contract, membership)' },
  { value: 'informal', label: 'Informal' },
];
const STRENGTHS = [
  { value: '', label: 'Not rated' },
  ...['1', '2', '3', '4', '5'].map((value) => ({ value, label: value })),
];

/** The fields of a relation (amount and currency only for FUNDS), each with its message beside it. */
export function RelationFields({ draft, update, problems, themes }: RelationFieldsProps) {
  const set = <K extends keyof RelationDraft>(key: K, value: RelationDraft[K]) =>
    update((previous) => ({ ...previous, [key]: value }));
  const select = <K extends 'type' | 'role' | 'mode' | 'engagement' | 'formal' | 'strength'>(
    key: K,
    label: string,
    choices: ReturnType<typeof options>,
  ) => (
    <FieldRow label={label} problem={problems[key]}>
      <select
        name={key}
        value={draft[key]}
        onChange={(e) =>
          key === 'type'
            ? update((previous) => withType(previous, e.target.value as RelationDraft['type']))
            : set(key, e.target.value as RelationDraft[K])
        }
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
  const text = (key: 'since' | 'until' | 'confidence' | 'amount' | 'currency', label: string, hint?: string) => (
    <FieldRow label={label} problem={problems[key]}>
      <input name={key} value={draft[key]} placeholder={hint} onChange={(e) => set(key, e.target.value)} />
    </FieldRow>
  );
  return (
    <>
      {select('type', 'Type', options(RELATION_TYPES))}
      {draft.type === 'PARTICIPATES_IN' &&
        select('role', 'Role in the event, programme or statement', options(PARTICIPATION_ROLES))}
      <FieldRow label="One-way, source → target (unticked: reads both ways)" problem={problems.directed}>
        <input
          type="checkbox"
          name="directed"
          checked={draft.directed}
          onChange={(e) => set('directed', e.target.checked)}
        />
      </FieldRow>
      {select('mode', 'Mode', options(MODES, '—'))}
      {select('engagement', 'Engagement', options(ENGAGEMENTS, '—'))}
      <div className="edit-form__pair">
        {select('formal', 'Formal or informal', FORMALITY)}
        {select('strength', 'Strength (1 weak – 5 strong)', STRENGTHS)}
      </div>
      <div className="edit-form__pair">
        {text('since', 'Since', 'YYYY, YYYY-MM or YYYY-MM-DD')}
        {text('until', 'Until', 'empty: ongoing')}
      </div>
      {text('confidence', 'Confidence (0–1)')}
      {draft.type === 'FUNDS' && (
        <div className="edit-form__pair">
          {text('amount', 'Amount')}
          {text('currency', 'Currency (ISO 4217)', 'EUR')}
        </div>
      )}
      <FieldRow label="Themes" problem={problems.themes}>
        <ThemePicker themes={themes} value={draft.themes} onChange={(value) => set('themes', value)} />
      </FieldRow>
      <FieldRow label="Notes" problem={problems.notes}>
        <textarea name="notes" rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </FieldRow>
      <VisibilityField
        value={draft.visibility}
        onChange={(value) => set('visibility', value)}
        problem={problems.visibility}
      />
    </>
  );
}
