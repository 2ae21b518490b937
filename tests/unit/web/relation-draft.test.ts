import { draftValues, EMPTY_RELATION_DRAFT, relationPatch } from '../../../web/src/features/editing/relation-draft';

describe('relation drafts', () => {
  it('sends amount and currency only for FUNDS, upper-casing the currency', () => {
    const partner = draftValues({ ...EMPTY_RELATION_DRAFT, amount: '100', currency: 'eur' });
    expect(partner.values.amount).toBeNull();
    expect(partner.values.currency).toBeNull();
    const funds = draftValues({ ...EMPTY_RELATION_DRAFT, type: 'FUNDS', amount: '2500,5', currency: 'eur' });
    expect(funds.values).toMatchObject({ type: 'FUNDS', amount: 2500.5, currency: 'EUR' });
    expect(funds.problems).toEqual({});
  });

  it('flags text that is not a number beside its field', () => {
    const { problems } = draftValues({ ...EMPTY_RELATION_DRAFT, confidence: 'high' });
    expect(problems).toEqual({ confidence: 'Enter a number.' });
  });

  it('patches only the fields that changed, with empty text as null', () => {
    const original = { ...EMPTY_RELATION_DRAFT, since: '2018', notes: 'old' };
    expect(relationPatch(original, { ...original, since: '2019', notes: '' })).toEqual({ since: '2019', notes: null });
    expect(relationPatch(original, original)).toEqual({});
  });
});
