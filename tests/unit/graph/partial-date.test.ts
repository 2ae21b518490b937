import { isActiveOn } from '../../../api/src/graph/is-active-on';
import { periodEnd, periodStart } from '../../../api/src/graph/partial-date';

describe('periodStart / periodEnd', () => {
  it('reads a year as running from 1 January to 31 December', () => {
    expect(periodStart('2018')).toBe('2018-01-01');
    expect(periodEnd('2018')).toBe('2018-12-31');
  });

  it('reads a month as running from its first day to an upper bound after its last', () => {
    expect(periodStart('2018-05')).toBe('2018-05-01');
    expect(periodEnd('2018-02')).toBe('2018-02-31');
  });

  it('keeps a full date as it is', () => {
    expect(periodStart('2018-05-14')).toBe('2018-05-14');
    expect(periodEnd('2018-05-14')).toBe('2018-05-14');
  });

  it('rejects anything that is not a partial ISO date', () => {
    expect(() => periodStart('14/05/2018')).toThrow(RangeError);
    expect(() => periodEnd('2018-5')).toThrow(RangeError);
  });
});

describe('isActiveOn', () => {
  it('counts a "since" year from the first day of that year', () => {
    const relation = { since: '2018', until: null };
    expect(isActiveOn(relation, '2017-12-31')).toBe(false);
    expect(isActiveOn(relation, '2018-01-01')).toBe(true);
    expect(isActiveOn(relation, '2030-06-01')).toBe(true);
  });

  it('counts an "until" year to the last day of that year', () => {
    const relation = { since: null, until: '2018' };
    expect(isActiveOn(relation, '1990-01-01')).toBe(true);
    expect(isActiveOn(relation, '2018-12-31')).toBe(true);
    expect(isActiveOn(relation, '2019-01-01')).toBe(false);
  });

  it('counts an "until" month to the end of that month', () => {
    const relation = { since: '2018-01-15', until: '2018-02' };
    expect(isActiveOn(relation, '2018-01-14')).toBe(false);
    expect(isActiveOn(relation, '2018-01-15')).toBe(true);
    expect(isActiveOn(relation, '2018-02-28')).toBe(true);
    expect(isActiveOn(relation, '2018-03-01')).toBe(false);
  });

  it('treats a relation without dates as always active', () => {
    expect(isActiveOn({ since: null, until: null }, '2001-01-01')).toBe(true);
  });

  it('reads a partial date asked about as its whole period', () => {
    const relation = { since: '2019-06', until: '2019-08' };
    expect(isActiveOn(relation, '2019')).toBe(true);
    expect(isActiveOn(relation, '2019-05')).toBe(false);
    expect(isActiveOn(relation, '2019-07')).toBe(true);
    expect(isActiveOn(relation, '2020')).toBe(false);
  });
});
