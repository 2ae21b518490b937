import { monthIndex, type AsOfMonth } from '../../../lib/as-of-month';
import type { PeriodAnswer } from '../api/get-periods';
import { periodFirstMonth, periodMonth } from '../play-steps';
import { barPercent } from './YearTicks';

export interface PeriodMarksProps {
  periods: readonly PeriodAnswer[];
  min: number;
  max: number;
  selected: AsOfMonth | null;
  /** Sets the as-of date to a period (its last month, or this month while it runs). */
  onPick: (month: AsOfMonth) => void;
}

/** The workspace's named periods as bands over the time bar, each a button that sets the date to it. */
export function PeriodMarks({ periods, min, max, selected, onPick }: PeriodMarksProps) {
  if (!periods.length) return null;
  return (
    <div className="time-bar__periods" role="group" aria-label="Named periods">
      {periods.map((period, index) => {
        const [first, last] = [periodFirstMonth(period), periodMonth(period)];
        const left = barPercent(Math.max(min, monthIndex(first)), min, max);
        const right = barPercent(Math.min(max - 1, monthIndex(last)) + 1, min, max);
        const inside = selected !== null && first <= selected && selected <= last;
        return (
          <button
            key={period.id}
            type="button"
            className={`time-bar__period time-bar__period--${index % 3}${inside ? ' time-bar__period--current' : ''}`}
            style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }}
            title={`${period.name} (${period.since} – ${period.until ?? 'now'})`}
            aria-pressed={inside}
            onClick={() => onPick(last)}
            data-testid="period-mark"
          >
            {period.name}
          </button>
        );
      })}
    </div>
  );
}
