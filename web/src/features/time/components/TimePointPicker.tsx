import { useId } from 'react';
import { monthLabel } from '../../../lib/as-of-month';
import type { TimePoint } from '../../../lib/time-point';
import type { PeriodAnswer } from '../api/get-periods';

export interface TimePointPickerProps {
  label: string;
  value: TimePoint | null;
  periods: readonly PeriodAnswer[];
  onChange: (value: TimePoint | null) => void;
  testId: string;
}

const MONTH_INPUT = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One end of the comparison: a named period from a list, or a month. */
export function TimePointPicker({ label, value, periods, onChange, testId }: TimePointPickerProps) {
  const id = useId();
  const choice = value === null ? '' : value.kind === 'period' ? `period:${value.id}` : 'month';
  return (
    <fieldset className="time-point" data-testid={testId}>
      <legend>{label}</legend>
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        {label}: period or month
      </label>
      <select
        id={`${id}-kind`}
        value={choice}
        data-testid={`${testId}-kind`}
        onChange={(event) => {
          const picked = event.target.value;
          if (picked === '') onChange(null);
          else if (picked === 'month') onChange({ kind: 'month', month: new Date().toISOString().slice(0, 7) });
          else onChange({ kind: 'period', id: picked.slice('period:'.length) });
        }}
      >
        <option value="">Choose…</option>
        <option value="month">A month…</option>
        {periods.map((period) => (
          <option key={period.id} value={`period:${period.id}`}>
            {period.name} ({period.since} – {period.until ?? 'now'})
          </option>
        ))}
      </select>
      {value?.kind === 'month' && (
        <>
          <label htmlFor={`${id}-month`} className="visually-hidden">
            {label}: month
          </label>
          <input
            id={`${id}-month`}
            type="month"
            value={value.month}
            data-testid={`${testId}-month`}
            aria-description={monthLabel(value.month)}
            onChange={(event) => {
              if (MONTH_INPUT.test(event.target.value)) onChange({ kind: 'month', month: event.target.value });
            }}
          />
        </>
      )}
    </fieldset>
  );
}
