import { nextPlayStep, periodMonth, playStart, timeRange } from '../../../web/src/features/time/play-steps';

const NOW = new Date('2026-12-07T12:00:00Z');
const RANGE = { first: '2014-01', last: '2016-06' };

describe('timeRange', () => {
  it('runs from January of the earliest dated year to this month', () => {
    expect(timeRange(['2016', null, '2012-05-03', undefined, '2018-01'], NOW)).toEqual({
      first: '2012-01',
      last: '2026-12',
    });
  });

  it('leaves out the earliest 2% of the dates, so one old record does not squeeze the bar', () => {
    const dates = ['1980', ...Array.from({ length: 60 }, (_, index) => `${2010 + (index % 8)}-03`)];
    expect(timeRange(dates, NOW).first).toBe('2010-01');
    expect(timeRange(['1980', '2016'], NOW).first).toBe('1980-01');
  });

  it('starts in 2000 when nothing is dated', () => {
    expect(timeRange([null, undefined, 'unknown'], NOW)).toEqual({ first: '2000-01', last: '2026-12' });
  });
});

describe('playStart', () => {
  it('starts from the month shown', () => {
    expect(playStart('2015-04', RANGE)).toBe('2015-04');
  });

  it('starts over from the first month when showing all time, the end, or outside the range', () => {
    expect(playStart(null, RANGE)).toBe('2014-01');
    expect(playStart('2016-06', RANGE)).toBe('2014-01');
    expect(playStart('1999-01', RANGE)).toBe('2014-01');
  });
});

describe('nextPlayStep', () => {
  it('steps a month or a year', () => {
    expect(nextPlayStep('2014-12', 'month', RANGE)).toBe('2015-01');
    expect(nextPlayStep('2014-03', 'year', RANGE)).toBe('2015-03');
  });

  it('stops on the last month rather than pass it, then ends', () => {
    expect(nextPlayStep('2015-09', 'year', RANGE)).toBe('2016-06');
    expect(nextPlayStep('2016-06', 'month', RANGE)).toBeNull();
  });

  it('visits every month from first to last once, stepping by month', () => {
    const seen: string[] = [];
    for (let month: string | null = RANGE.first; month !== null; month = nextPlayStep(month, 'month', RANGE))
      seen.push(month);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect(seen.at(-1)).toBe('2016-06');
  });
});

describe('periodMonth', () => {
  it('stands for a period by its last month, or this month while it runs', () => {
    expect(periodMonth({ until: '2015-01-26' }, NOW)).toBe('2015-01');
    expect(periodMonth({ until: '2015' }, NOW)).toBe('2015-12');
    expect(periodMonth({ until: null }, NOW)).toBe('2026-12');
    expect(periodMonth({ until: '2031-06' }, NOW)).toBe('2026-12');
  });
});
