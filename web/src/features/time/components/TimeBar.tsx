import type { KeyboardEvent } from 'react';
import { addMonths, monthAt, monthIndex, monthLabel, type AsOfMonth } from '../../../lib/as-of-month';
import type { PeriodAnswer } from '../api/get-periods';
import { periodFirstMonth, periodMonth, type TimeRange } from '../play-steps';
import { PeriodMarks } from './PeriodMarks';
import { YearTicks } from './YearTicks';

export interface TimeBarProps {
  value: AsOfMonth | null;
  range: TimeRange;
  periods: readonly PeriodAnswer[];
  onChange: (month: AsOfMonth | null) => void;
}

/** The periods a month falls in, by name. */
export function periodsAt(periods: readonly PeriodAnswer[], month: AsOfMonth): string[] {
  return periods
    .filter((period) => periodFirstMonth(period) <= month && month <= periodMonth(period))
    .map((period) => period.name);
}

/** What the slider says: "March 2015", with the named periods it falls in, or "All time". */
export function timeBarText(value: AsOfMonth | null, periods: readonly PeriodAnswer[]): string {
  if (value === null) return 'All time';
  const names = periodsAt(periods, value);
  return names.length ? `${monthLabel(value)} · ${names.join(', ')}` : monthLabel(value);
}

/**
 * The as-of time bar: one step a month from the range's first month to this month, then "all time" at
 * the right end; years as the coarse scale (ticks, PageUp/PageDown), named periods as bands over it.
 */
export function TimeBar({ value, range, periods, onChange }: TimeBarProps) {
  const [min, last] = [monthIndex(range.first), monthIndex(range.last)];
  const allTime = last + 1;
  const position = value === null ? allTime : Math.min(Math.max(monthIndex(value), min), last);
  const set = (index: number) => onChange(index >= allTime ? null : monthAt(Math.max(min, index)));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // A year per page: the native range would jump by a tenth of its length.
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const from = value ?? range.last;
    if (event.key === 'PageUp') set(monthIndex(addMonths(from, 12)));
    else set(Math.max(min, monthIndex(addMonths(from, -12))));
  };
  const text = timeBarText(value, periods);
  return (
    <div className="time-bar">
      <div className="time-bar__track">
        <PeriodMarks periods={periods} min={min} max={allTime} selected={value} onPick={onChange} />
        <input
          id="as-of-slider"
          type="range"
          aria-label="As of"
          min={min}
          max={allTime}
          step={1}
          value={position}
          data-testid="as-of-slider"
          aria-valuetext={text}
          onKeyDown={onKeyDown}
          onChange={(event) => set(Number(event.target.value))}
        />
        <YearTicks min={min} max={allTime} />
      </div>
      <output className="time-bar__value" htmlFor="as-of-slider" data-testid="as-of-value">
        {text}
      </output>
    </div>
  );
}
