import { humanize, KINDS, TIERS, type EditableActor, type Theme } from '../../../lib/domain';
import { VisibilityField } from './VisibilityField';
import { FieldRow } from '../../../components/form/FieldRow';
import { ThemePicker } from './ThemePicker';

/** The values an actor form edits. */
export type ActorDraft = Omit<EditableActor, 'id' | 'version'>;

export interface ActorFieldsProps {
  draft: ActorDraft;
  set: <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) => void;
  problems: Record<string, string>;
  themes: readonly Theme[];
}

/** The fields of an actor shared by the create and edit forms, each with its API message beside it. */
export function ActorFields({ draft, set, problems, themes }: ActorFieldsProps) {
  return (
    <>
      <FieldRow label="Name" problem={problems.name}>
        <input value={draft.name} onChange={(e) => set('name', e.target.value)} name="name" required />
      </FieldRow>
      <FieldRow label="Kind" problem={problems.kind}>
        <select value={draft.kind} onChange={(e) => set('kind', e.target.value as ActorDraft['kind'])} name="kind">
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {humanize(kind)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label="Tier" problem={problems.tier}>
        <select value={draft.tier} onChange={(e) => set('tier', e.target.value as ActorDraft['tier'])} name="tier">
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {humanize(tier)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label="Country (ISO code)" problem={problems.country}>
        <input
          value={draft.country ?? ''}
          onChange={(e) => set('country', e.target.value)}
          name="country"
          maxLength={3}
        />
      </FieldRow>
      <FieldRow label="Website" problem={problems.website}>
        <input value={draft.website ?? ''} onChange={(e) => set('website', e.target.value)} name="website" type="url" />
      </FieldRow>
      <FieldRow label="Description" problem={problems.description}>
        <textarea
          value={draft.description ?? ''}
          onChange={(e) => set('description', e.target.value)}
          name="description"
          rows={4}
        />
      </FieldRow>
      <FieldRow label="Themes" problem={problems.themes}>
        <ThemePicker themes={themes} value={draft.themes} onChange={(value) => set('themes', value)} />
      </FieldRow>
      <VisibilityField
        value={draft.visibility}
        onChange={(value) => set('visibility', value)}
        problem={problems.visibility}
      />
    </>
  );
}
