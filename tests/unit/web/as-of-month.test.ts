import {
  addMonths,
  isActiveInMonth,
  lastDayOf,
  monthAt,
  monthIndex,
  monthLabel,
  parseAsOfMonth,
} from '../../../web/src/lib/as-of-month';

const NOW = new Date('2026-12-07T12:00:00Z');

describe('parseAsOfMonth', () => {
  it('reads a month, and a year alone (an old link) as its last month', () => {
    expect(parseAsOfMonth('2015-03')).toBe('2015-03');
    expect(parseAsOfMonth('2015')).toBe('2015-12');
  });

  it('gives all time (null) for anything else', () => {
    for (const raw of [null, '', '2015-13', '2015-00', '2015-3', '20.5', '1899-12', '2101', 'x2015', '2015-03-01'])
      expect(parseAsOfMonth(raw)).toBeNull();
  });
});

describe('month arithmetic', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2015-12', 1)).toBe('2016-01');
    expect(addMonths('2016-01', -1)).toBe('2015-12');
    expect(addMonths('2015-03', 12)).toBe('2016-03');
    expect(monthAt(monthIndex('2009-07'))).toBe('2009-07');
    expect(monthIndex('2016-01') - monthIndex('2015-01')).toBe(12);
  });

  it('names a month in words', () => {
    expect(monthLabel('2015-03')).toBe('March 2015');
    expect(monthLabel('2020-12')).toBe('December 2020');
  });

  it('asks analytics about the last day of a month, or today in the current month', () => {
    expect(lastDayOf('2016-02', NOW)).toBe('2016-02-29');
    expect(lastDayOf('2015-02', NOW)).toBe('2015-02-28');
    expect(lastDayOf('2015-12', NOW)).toBe('2015-12-31');
    expect(lastDayOf('2026-12', NOW)).toBe('2026-12-07');
    expect(lastDayOf('2030-01', NOW)).toBe('2026-12-07');
  });
});

describe('isActiveInMonth', () => {
  it('reads partial dates as periods, like the API', () => {
    // A relation of "2016" may have started in any month of it: it counts in every month of 2016.
    expect(isActiveInMonth('2016', null, '2016-01')).toBe(true);
    expect(isActiveInMonth('2016', null, '2015-12')).toBe(false);
    expect(isActiveInMonth('2016-05', null, '2016-04')).toBe(false);
    expect(isActiveInMonth('2016-05-31', null, '2016-05')).toBe(true);
    expect(isActiveInMonth(null, '2018', '2018-12')).toBe(true);
    expect(isActiveInMonth(null, '2018', '2019-01')).toBe(false);
    expect(isActiveInMonth(null, '2018-03-01', '2018-03')).toBe(true);
    expect(isActiveInMonth(null, '2018-03-01', '2018-04')).toBe(false);
    expect(isActiveInMonth(null, null, '1950-01')).toBe(true);
  });
});
