import {
  ENGAGEMENT_TERMS,
  KIND_TERMS,
  MODE_TERMS,
  RELATION_TYPE_TERMS,
  TIER_TERMS,
} from '../../../api/src/domain/vocabulary-terms';
import { humanize } from '../../../web/src/lib/domain';

describe('humanize', () => {
  it('writes every kind, tier, relation type, mode and engagement as the API vocabulary labels it', () => {
    for (const terms of [KIND_TERMS, TIER_TERMS, RELATION_TYPE_TERMS, MODE_TERMS, ENGAGEMENT_TERMS])
      for (const [value, term] of Object.entries(terms)) expect([value, humanize(value)]).toEqual([value, term.label]);
  });

  it('keeps acronyms in capitals and hyphenates the compound words', () => {
    expect(humanize('NGO')).toBe('NGO');
    expect(humanize('UN_AGENCY')).toBe('UN agency');
    expect(humanize('EU_BODY')).toBe('EU body');
    expect(humanize('MIGRANT_LED_ORGANISATION')).toBe('Migrant-led organisation');
    expect(humanize('CIVIL_SOCIETY')).toBe('Civil society');
  });
});
