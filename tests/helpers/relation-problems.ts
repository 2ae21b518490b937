import type { RelationFields } from '../../api/src/domain/relation';
import { checkRelationFields } from '../../api/src/domain/relation';
import { InputChecker } from '../../api/src/domain/validation';
import { BadUserInputError } from '../../api/src/errors';

/** The problems checkRelationFields reports for a new relation from a to b, as "field: reason". */
export function relationProblems(fields: RelationFields): string[] {
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
