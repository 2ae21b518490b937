import { SYMMETRIC_RELATION_TYPES as API_SYMMETRIC_RELATION_TYPES } from '../../../api/src/domain/vocabulary';
import {
  draftValues,
  EMPTY_RELATION_DRAFT,
  relationPatch,
  withType,
} from '../../../web/src/features/editing/relation-draft';
import { SYMMETRIC_RELATION_TYPES } from '../../../web/src/lib/domain';

describe('relation drafts', () => {
  it('sends formality and strength when set, null when not known', () => {
    expect(draftValues(EMPTY_RELATION_DRAFT).values).toMatchObject({ formal: null, strength: null });
    const rated = draftValues({ ...EMPTY_RELATION_DRAFT, formal: 'informal', strength: '4' }).values;
    expect(rated).toMatchObject({ formal: false, strength: 4 });
    expect(draftValues({ ...EMPTY_RELATION_DRAFT, formal: 'formal' }).values.formal).toBe(true);
    expect(relationPatch(EMPTY_RELATION_DRAFT, { ...EMPTY_RELATION_DRAFT, strength: '2' })).toEqual({ strength: 2 });
  });

  it('sends amount and currency only for FUNDS, upper-casing the currency', () => {
    const partner = draftValues({ ...EMPTY_RELATION_DRAFT, amount: '100', currency: 'eur' });
    expect(partner.values.amount).toBeNull();
    expect(partner.values.currency).toBeNull();
    const funds = draftValues({ ...EMPTY_RELATION_DRAFT, type: 'FUNDS', amount: '2500,5', currency: 'eur' });
    expect(funds.values).toMatchObject({ type: 'FUNDS', amount: 2500.5, currency: 'EUR' });
    expect(funds.problems).toEqual({});
  });

  it('sends a role only for a participation, and the role the editor chose', () => {
    expect(draftValues(EMPTY_RELATION_DRAFT).values.role).toBeNull();
    const organiser = { ...withType(EMPTY_RELATION_DRAFT, 'PARTICIPATES_IN'), role: 'ORGANISER' as const };
    expect(draftValues(organiser).values).toMatchObject({ type: 'PARTICIPATES_IN', role: 'ORGANISER', directed: true });
    expect(relationPatch(organiser, { ...organiser, role: 'FUNDER' })).toEqual({ role: 'FUNDER' });
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

describe('relation direction', () => {
  it('follows the type: a partnership reads both ways, a grant one way, whatever it was before', () => {
    const partnership = { ...EMPTY_RELATION_DRAFT };
    expect(partnership.directed).toBe(false);
    const grant = withType(partnership, 'FUNDS');
    expect(grant).toMatchObject({ type: 'FUNDS', directed: true });
    expect(withType(grant, 'SHARES_DATA_WITH').directed).toBe(false);
    expect(relationPatch(partnership, grant)).toEqual({ type: 'FUNDS', directed: true });
  });

  it('sends a direction the editor set by hand, and uses the same symmetric types as the API', () => {
    const oneWayPartnership = { ...EMPTY_RELATION_DRAFT, directed: true };
    expect(draftValues(oneWayPartnership).values.directed).toBe(true);
    expect([...SYMMETRIC_RELATION_TYPES].sort()).toEqual([...API_SYMMETRIC_RELATION_TYPES].sort());
  });
});
