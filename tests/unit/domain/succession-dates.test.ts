import { checkActorDates } from '../../../api/src/domain/actor';
import { datedNames, nameAsOf } from '../../../api/src/domain/dated-names';
import { previousPeriod } from '../../../api/src/domain/succession';
import { InputChecker } from '../../../api/src/domain/validation';
import { BadUserInputError } from '../../../api/src/errors';

/** The problems `check` collected, as "field: reason" lines. */
function problemsOf(check: InputChecker): string[] {
  try {
    check.throwIfAny();
    return [];
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return error.problems.map((p) => `${p.field.join('.')}: ${p.reason}`);
  }
}

describe('previousPeriod', () => {
  it('steps back one period at the precision given, across years and month ends', () => {
    expect(previousPeriod('2017')).toBe('2016');
    expect(previousPeriod('2017-05')).toBe('2017-04');
    expect(previousPeriod('2017-01')).toBe('2016-12');
    expect(previousPeriod('2017-03-01')).toBe('2017-02-28');
    expect(previousPeriod('2016-03-01')).toBe('2016-02-29');
    expect(previousPeriod('2017-01-01')).toBe('2016-12-31');
  });
});

describe('datedNames and nameAsOf', () => {
  const actor = { name: 'C', since: '2001', formerNames: ['A', 'B'], renamedOn: ['2005', '2010-06'] };

  it('lists every name with its period, the current one last', () => {
    expect(datedNames(actor)).toEqual([
      { name: 'A', since: '2001', replacedOn: '2005' },
      { name: 'B', since: '2005', replacedOn: '2010-06' },
      { name: 'C', since: '2010-06', replacedOn: null },
    ]);
    expect(datedNames({ name: 'Only', since: null, formerNames: [], renamedOn: [] })).toEqual([
      { name: 'Only', since: null, replacedOn: null },
    ]);
  });

  it('answers the name of a date, a partial date by its last day', () => {
    const former = [
      { name: 'B', replacedOn: '2010-06' },
      { name: 'A', replacedOn: '2005' },
    ];
    expect(nameAsOf('C', former, '2004-12-31')).toBe('A');
    expect(nameAsOf('C', former, '2005-01-01')).toBe('B');
    expect(nameAsOf('C', former, '2010-05')).toBe('B');
    expect(nameAsOf('C', former, '2010')).toBe('C');
  });
});

describe('checkActorDates', () => {
  const check = (dates: Partial<Parameters<typeof checkActorDates>[1]>): string[] => {
    const checker = new InputChecker();
    checkActorDates(checker, { since: null, until: null, formerNames: [], renamedOn: [], ...dates }, ['input']);
    return problemsOf(checker);
  };

  it('accepts a lifespan in order and renames inside it', () => {
    expect(check({ since: '2001', until: '2020-05', formerNames: ['A'], renamedOn: ['2010'] })).toEqual([]);
    expect(check({ since: '2018-05', until: '2018' })).toEqual([]);
  });

  it('refuses an until before since, renames out of order or outside the lifespan, and unpaired lists', () => {
    expect(check({ since: '2019', until: '2018-05' })).toEqual([
      'input.until: must not be before since (2019 > 2018-05)',
    ]);
    expect(check({ since: '2001', formerNames: ['A', 'B'], renamedOn: ['2010', '2009'] })).toEqual([
      'input.renamedOn.1: must come after the rename before it (2010 ≥ 2009)',
    ]);
    expect(check({ since: '2001', until: '2005', formerNames: ['A'], renamedOn: ['2006'] })).toEqual([
      "input.renamedOn.0: must fall inside the actor's lifespan (until 2005 < 2006)",
    ]);
    expect(check({ since: '2001', formerNames: ['A'], renamedOn: ['2001'] })).toEqual([
      "input.renamedOn.0: must fall after the actor's since (2001 ≥ 2001)",
    ]);
    expect(check({ formerNames: ['A'], renamedOn: [] })).toEqual([
      'input.renamedOn: must give one date per former name (1 names, 0 dates)',
    ]);
    expect(check({ since: 'soon' })).toEqual([
      'input.since: must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "soon")',
    ]);
  });
});
