import { relationProblems as problems } from '../../helpers/relation-problems';

describe('participation roles on relations', () => {
  it('accepts a participation with a role, and other types without one', () => {
    expect(problems({ type: 'PARTICIPATES_IN', role: 'ORGANISER' })).toEqual([]);
    expect(problems({ type: 'PART_OF' })).toEqual([]);
  });

  it('requires a role on a participation', () => {
    expect(problems({ type: 'PARTICIPATES_IN' })).toEqual([
      'input.role: is required on a PARTICIPATES_IN relation (ORGANISER, FUNDER, IMPLEMENTER, PARTNER, PARTICIPANT or BENEFICIARY)',
    ]);
  });

  it('refuses a role on any other type', () => {
    expect(problems({ type: 'MEMBER_OF', role: 'PARTICIPANT' })).toEqual([
      'input.role: only PARTICIPATES_IN relations carry a role (type is MEMBER_OF)',
    ]);
  });
});
