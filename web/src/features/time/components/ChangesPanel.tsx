import { useEffect, useMemo } from 'react';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import type { TimeChangeMarks } from '../../../lib/map-elements';
import { formatTimePoint, type TimePoint } from '../../../lib/time-point';
import { useAsync } from '../../../lib/use-async';
import type { PeriodAnswer } from '../api/get-periods';
import { getMeasureDiff } from '../api/get-measure-diff';
import { getTimeDiff } from '../api/get-time-diff';
import { DIFF_SECTIONS, itemMarks, type DiffContext, type DiffItem } from '../diff-sections';
import { MEASURE_SECTIONS } from '../measure-sections';
import { ChangesLegend } from './ChangesLegend';
import { DiffSectionList } from './DiffSectionList';
import { MeasureSectionLists } from './MeasureSectionLists';
import { TimePointPicker } from './TimePointPicker';

export interface ChangesPanelProps {
  scope: AnalyticsScope;
  periods: readonly PeriodAnswer[];
  from: TimePoint | null;
  to: TimePoint | null;
  onEnds: (from: TimePoint | null, to: TimePoint | null) => void;
  /** The section whose changes colour the map; null (or an id no section has): all of them. */
  colour: string | null;
  onColour: (section: string | null) => void;
  context: DiffContext;
  onPick: (item: DiffItem) => void;
  /** The changes to colour on the map; null while there are none to show. */
  onMarks: (marks: TimeChangeMarks | null) => void;
  onClose: () => void;
}

const ALL_SECTIONS: readonly { id: string; title: string }[] = [...DIFF_SECTIONS, ...MEASURE_SECTIONS];

/**
 * The changes view: what changed between two months or named periods (analytics.diff), section by
 * section: the records (diff-sections.ts), then the measures (measure-sections.ts), asked for apart
 * as they take longer. Each change is a button that selects it on the map, where the changes of the
 * chosen section (or all) are coloured.
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
  ...props
}: ChangesPanelProps) {
  const key =
    from && to ? JSON.stringify([scope.workspace, scope.filters, formatTimePoint(from), formatTimePoint(to)]) : null;
  const [state, reload] = useAsync(key, (signal) => getTimeDiff(scope, from!, to!, signal));
  const [measureState, reloadMeasures] = useAsync(key, (signal) => getMeasureDiff(scope, from!, to!, signal));
  const diff = state.status === 'ready' ? state.data : null;
  const measures = measureState.status === 'ready' ? measureState.data : null;
  const records = useMemo(
    () => (diff ? DIFF_SECTIONS.map((section) => ({ section, items: section.items(diff, context) })) : []),
    [diff, context],
  );
  const measureLists = useMemo(
    () => (measures ? MEASURE_SECTIONS.map((section) => ({ section, items: section.items(measures, context) })) : []),
    [measures, context],
  );
  const colour = ALL_SECTIONS.some((section) => section.id === props.colour) ? props.colour : null;
  useEffect(() => {
    const lists = [...records, ...measureLists].filter((list) => colour === null || list.section.id === colour);
    onMarks(diff || measures ? itemMarks(lists.flatMap((list) => list.items)) : null);
  }, [records, measureLists, colour, diff, measures, onMarks]);
  useEffect(() => () => onMarks(null), [onMarks]);
  const counts = new Map([...records, ...measureLists].map((list) => [list.section.id, list.items.length]));
  return (
    <section className="actor-panel changes-panel" aria-label="Changes between two dates" data-testid="changes-panel">
      <header className="actor-panel__header">
        <h2>Changes</h2>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label="Close the changes view">
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
        <ChangesLegend
          sections={ALL_SECTIONS.map((section) => ({ ...section, count: counts.get(section.id) ?? null }))}
          colour={colour}
          onColour={props.onColour}
        />
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
            {records.map(({ section, items }) => (
              <DiffSectionList key={section.id} section={section} items={items} onPick={onPick} />
            ))}
          </>
        )}
        {key !== null && (
          <MeasureSectionLists state={measureState} onRetry={reloadMeasures} lists={measureLists} onPick={onPick} />
        )}
      </div>
    </section>
  );
}
