const FIRST_YEAR = 2000;

export interface AsOfSliderProps {
  value: number | null;
  onChange: (year: number | null) => void;
}

/** The as-of date: a year from 2000 to this year, or all time (the slider's right end). */
export function AsOfSlider({ value, onChange }: AsOfSliderProps) {
  const thisYear = new Date().getFullYear();
  const allTime = thisYear + 1;
  return (
    <div className="as-of">
      <label htmlFor="as-of-slider">As of</label>
      <input
        id="as-of-slider"
        type="range"
        min={FIRST_YEAR}
        max={allTime}
        step={1}
        value={value ?? allTime}
        data-testid="as-of-slider"
        aria-valuetext={value === null ? 'All time' : String(value)}
        onChange={(event) => {
          const year = Number(event.target.value);
          onChange(year === allTime ? null : year);
        }}
      />
      <output className="as-of__value" data-testid="as-of-value">
        {value ?? 'All time'}
      </output>
    </div>
  );
}
