import { relationProblems as problems } from '../../helpers/relation-problems';
import { defaultFundingSource } from '../../../api/src/domain/vocabulary';

describe('funding modality on relations', () => {
  it('accepts a source, a term and a form on a FUNDS relation, each alone or together', () => {
    expect(
      problems({ type: 'FUNDS', fundingSource: 'PUBLIC', fundingTerm: 'MULTI_YEAR', fundingForm: 'REGRANT' }),
    ).toEqual([]);
    expect(problems({ type: 'FUNDS', fundingForm: 'IN_KIND' })).toEqual([]);
    expect(problems({ type: 'FUNDS' })).toEqual([]);
  });

  it('refuses each of them on any other type, naming the field', () => {
    expect(
      problems({ type: 'PARTNERS_WITH', fundingSource: 'PRIVATE', fundingTerm: 'SHORT_TERM', fundingForm: 'GRANT' }),
    ).toEqual([
      'input.fundingSource: only FUNDS relations carry a funding modality (type is PARTNERS_WITH)',
      'input.fundingTerm: only FUNDS relations carry a funding modality (type is PARTNERS_WITH)',
      'input.fundingForm: only FUNDS relations carry a funding modality (type is PARTNERS_WITH)',
    ]);
  });
});

describe('defaultFundingSource', () => {
  it('reads government and international bodies as PUBLIC, philanthropy and business as such, others as unknown', () => {
    expect(defaultFundingSource('GOVERNMENT')).toBe('PUBLIC');
    expect(defaultFundingSource('INTERNATIONAL')).toBe('PUBLIC');
    expect(defaultFundingSource('PHILANTHROPY')).toBe('PHILANTHROPIC');
    expect(defaultFundingSource('PRIVATE')).toBe('PRIVATE');
    expect(defaultFundingSource('CIVIL_SOCIETY')).toBeNull();
    expect(defaultFundingSource('ACADEMIA')).toBeNull();
  });
});
