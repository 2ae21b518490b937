import { useEffect, useMemo } from 'react';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import type { TimeChangeMarks } from '../../../lib/map-elements';
import { formatTimePoint, type TimePoint } from '../../../lib/time-point';
import { useAsync } from '../../../lib/use-async';
import type { PeriodAnswer } from '../api/get-periods';
import { getTimeDiff } from '../api/get-time-diff';
import { DIFF_SECTIONS, diffMarks, type DiffContext, type DiffItem } from '../diff-sections';
import { ChangesLegend } from './ChangesLegend';
import { DiffSectionList } from './DiffSectionList';
import { TimePointPicker } from './TimePointPicker';

export interface ChangesPanelProps {
  scope: AnalyticsScope;
  periods: readonly PeriodAnswer[];
  from: TimePoint | null;
  to: TimePoint | null;
  onEnds: (from: TimePoint | null, to: TimePoint | null) => void;
  context: DiffContext;
  onPick: (item: DiffItem) => void;
  /** The changes to colour on the map; null while there are none to show. */
  onMarks: (marks: TimeChangeMarks | null) => void;
  onClose: () => void;
}

/**
 * The changes view: what changed between two months or named periods (analytics.diff), section by
 * section (diff-sections.ts), each change a button that selects it on the map, where the same changes
 * are coloured.
 */
export function ChangesPanel({
  scope,
  periods,
  from,
  to,
  onEnds,
  context,
  onPick,
  onMarks,
  onClose,
}: ChangesPanelProps) {
  const key =
    from && to ? JSON.stringify([scope.workspace, scope.filters, formatTimePoint(from), formatTimePoint(to)]) : null;
  const [state, reload] = useAsync(key, (signal) => getTimeDiff(scope, from!, to!, signal));
  const diff = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    onMarks(diff ? diffMarks(diff) : null);
  }, [diff, onMarks]);
  useEffect(() => () => onMarks(null), [onMarks]);
  const sections = useMemo(
    () => (diff ? DIFF_SECTIONS.map((section) => ({ section, items: section.items(diff, context) })) : []),
    [diff, context],
  );
  return (
    <section className="actor-panel changes-panel" aria-label="Changes between two dates" data-testid="changes-panel">
      <header className="actor-panel__header">
        <h2>Changes</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the changes view">
          ×
        </button>
      </header>
      <div className="actor-panel__body">
        <div className="changes-panel__ends">
          <TimePointPicker
            label="From"
            value={from}
            periods={periods}
            onChange={(value) => onEnds(value, to)}
            testId="changes-from"
          />
          <TimePointPicker
            label="To"
            value={to}
            periods={periods}
            onChange={(value) => onEnds(from, value)}
            testId="changes-to"
          />
        </div>
        <ChangesLegend />
        {key === null && <p className="muted">Choose two months or named periods to compare.</p>}
        {state.status === 'loading' && (
          <p className="muted" role="status">
            Comparing…
          </p>
        )}
        {state.status === 'error' && <RetryNotice onRetry={reload}>{state.error.message} </RetryNotice>}
        {diff && (
          <>
            <p className="muted small" data-testid="changes-dates">
              From {diff.from} to {diff.to}
            </p>
            {sections.map(({ section, items }) => (
              <DiffSectionList key={section.id} section={section} items={items} onPick={onPick} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}
