/** Where a month index sits along the bar, in percent of its length. */
export const barPercent = (index: number, min: number, max: number) => ((index - min) / Math.max(1, max - min)) * 100;

/** The years under the bar (every year, or every 5th or 10th on a long bar), and "All" at its end. */
export function YearTicks({ min, max }: { min: number; max: number }) {
  const [firstYear, lastYear] = [Math.ceil(min / 12), Math.floor((max - 1) / 12)];
  const span = lastYear - firstYear;
  const every = span > 40 ? 10 : span > 12 ? 5 : 1;
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) if (year % every === 0) years.push(year);
  return (
    <div className="time-bar__ticks" aria-hidden="true">
      {years.map((year) => (
        <span key={year} className="time-bar__tick" style={{ left: `${barPercent(year * 12, min, max)}%` }}>
          {year}
        </span>
      ))}
      <span className="time-bar__tick time-bar__tick--end" style={{ left: '100%' }}>
        All
      </span>
    </div>
  );
}
