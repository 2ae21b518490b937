import type { RelationFields } from '../../../api/src/domain/relation';
import { checkRelationFields } from '../../../api/src/domain/relation';
import { InputChecker } from '../../../api/src/domain/validation';
import { BadUserInputError } from '../../../api/src/errors';

/** The problems checkRelationFields reports for a new relation, as "field: reason". */
function problems(fields: RelationFields): string[] {
  const check = new InputChecker();
  checkRelationFields(check, { sourceId: 'a', targetId: 'b', ...fields }, ['input'], {
    create: true,
    knownThemes: new Set(),
  });
  try {
    check.throwIfAny();
    return [];
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return error.problems.map((p) => `${p.field.join('.')}: ${p.reason}`);
  }
}

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
