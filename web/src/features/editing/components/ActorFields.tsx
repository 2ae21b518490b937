import { humanize, KINDS, TIERS, type Theme } from '../../../lib/domain';
import type { ActorDraft } from '../actor-draft';
import { CountryListField } from '../../../components/country-select/CountryListField';
import { CountrySelect } from '../../../components/country-select/CountrySelect';
import { VisibilityField } from './VisibilityField';
import { FieldRow } from '../../../components/form/FieldRow';
import { ThemePicker } from './ThemePicker';
import { AliasLanguages } from './AliasLanguages';
import { IdentifierRows } from './IdentifierRows';
import { CapacityFields } from './CapacityFields';

export interface ActorFieldsProps {
  draft: ActorDraft;
  set: <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) => void;
  problems: Record<string, string>;
  themes: readonly Theme[];
}

/** The fields of an actor shared by the create and edit forms, each with its API message beside it. */
export function ActorFields({ draft, set, problems, themes }: ActorFieldsProps) {
  const text = (key: 'city' | 'founded' | 'website', label: string, hint?: string, type = 'text') => (
    <FieldRow label={label} problem={problems[key]}>
      <input
        name={key}
        type={type}
        value={draft[key] ?? ''}
        placeholder={hint}
        onChange={(e) => set(key, e.target.value)}
      />
    </FieldRow>
  );
  return (
    <>
      <FieldRow label="Name" problem={problems.name}>
        <input value={draft.name} onChange={(e) => set('name', e.target.value)} name="name" required />
      </FieldRow>
      <FieldRow label="Other names and acronyms (one per line)" problem={problems.aliases}>
        <textarea
          name="aliases"
          rows={2}
          value={draft.aliases.join('\n')}
          onChange={(e) => set('aliases', e.target.value.split('\n'))}
        />
      </FieldRow>
      <AliasLanguages
        aliases={draft.aliases}
        value={draft.aliasLanguages}
        onChange={(value) => set('aliasLanguages', value)}
        problem={problems.aliasLanguages ?? problems.localizedAliases}
      />
      <IdentifierRows
        value={draft.identifiers}
        onChange={(value) => set('identifiers', value)}
        problem={problems.identifiers}
      />
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
      <div className="edit-form__pair">
        <FieldRow label="Country" problem={problems.country}>
          <CountrySelect
            name="country"
            value={draft.country ?? ''}
            onChange={(code) => set('country', code)}
            noneLabel="None (international)"
          />
        </FieldRow>
        {text('city', 'City')}
      </div>
      <CountryListField
        label="Countries of origin"
        hint="For a diaspora or migrant-led organisation: the countries its members come from (partner suggestions use them)."
        value={draft.originCountries}
        onChange={(value) => set('originCountries', value)}
        problem={problems.originCountries}
        testId="origin-countries"
      />
      {text('founded', 'Founded', 'YYYY, YYYY-MM or YYYY-MM-DD')}
      {text('website', 'Website', undefined, 'url')}
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
      <CapacityFields draft={draft} set={set} problems={problems} />
      <VisibilityField
        value={draft.visibility}
        onChange={(value) => set('visibility', value)}
        problem={problems.visibility}
      />
    </>
  );
}
