import type { IdentifierScheme } from '../../../gql/graphql';
import { humanize } from '../../../lib/domain';
import type { IdentifierDraft } from '../actor-draft';

const SCHEMES: readonly IdentifierScheme[] = [
  'ORG_ID',
  'WIKIDATA',
  'COMPANY_NUMBER',
  'CHARITY_NUMBER',
  'VAT',
  'LEI',
  'OTHER',
] as const as IdentifierScheme[];

const PLACEHOLDERS: Record<IdentifierScheme, string> = {
  ORG_ID: 'GB-CHC-202918',
  WIKIDATA: 'Q42',
  COMPANY_NUMBER: '01234567',
  CHARITY_NUMBER: '1089464',
  VAT: 'EL094014201',
  LEI: '20 characters',
  OTHER: 'any register',
};

export interface IdentifierRowsProps {
  value: readonly IdentifierDraft[];
  onChange: (value: IdentifierDraft[]) => void;
  problem?: string | undefined;
}

/** An actor's identifiers as rows of register and value, with a button to add one. */
export function IdentifierRows({ value, onChange, problem }: IdentifierRowsProps) {
  const setRow = (index: number, row: IdentifierDraft) => onChange(value.map((old, i) => (i === index ? row : old)));
  return (
    <fieldset className={problem ? 'field field--invalid' : 'field'} data-testid="identifier-rows">
      <legend>Identifiers</legend>
      {value.map((row, index) => (
        <div className="edit-form__pair" key={index} data-testid="identifier-row">
          <select
            aria-label={`Register of identifier ${index + 1}`}
            value={row.scheme}
            onChange={(e) => setRow(index, { ...row, scheme: e.target.value as IdentifierScheme })}
          >
            {SCHEMES.map((scheme) => (
              <option key={scheme} value={scheme}>
                {scheme === 'ORG_ID' || scheme === 'VAT' || scheme === 'LEI'
                  ? scheme.replace('_', '-')
                  : humanize(scheme)}
              </option>
            ))}
          </select>
          <input
            aria-label={`Value of identifier ${index + 1}`}
            value={row.value}
            placeholder={PLACEHOLDERS[row.scheme]}
            onChange={(e) => setRow(index, { ...row, value: e.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove identifier ${index + 1}`}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { scheme: 'WIKIDATA', value: '' }])}>
        Add an identifier
      </button>
      {problem && (
        <p className="field__problem" role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
