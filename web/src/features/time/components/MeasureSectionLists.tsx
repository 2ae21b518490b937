import { RetryNotice } from '../../../components/notice/RetryNotice';
import type { AsyncState } from '../../../lib/use-async';
import type { DiffItem } from '../diff-sections';
import { betweennessNote, type MeasureDiffAnswer } from '../measure-sections';
import { DiffSectionList } from './DiffSectionList';

export interface MeasureSectionListsProps {
  state: AsyncState<MeasureDiffAnswer>;
  onRetry: () => void;
  /** The measure sections with their lines, once the measure diff is there. */
  lists: readonly { section: { id: string; title: string }; items: readonly DiffItem[] }[];
  onPick: (item: DiffItem) => void;
}

/**
 * The measure sections of the changes view (measure-sections.ts): pending on their own while the API
 * computes both dates' analyses, so the record sections above never wait for them.
 */
export function MeasureSectionLists({ state, onRetry, lists, onPick }: MeasureSectionListsProps) {
  return (
    <div className="diff-measures" data-testid="diff-measures" data-state={state.status}>
      {state.status === 'loading' && (
        <p className="muted diff-measures__pending" role="status" data-testid="measures-pending">
          <span className="diff-measures__spinner" aria-hidden="true" />
          Computing brokerage, gaps, communities and funding on both dates…
        </p>
      )}
      {state.status === 'error' && <RetryNotice onRetry={onRetry}>{state.error.message} </RetryNotice>}
      {state.status === 'ready' && (
        <>
          <p className="muted small" data-testid="betweenness-method">
            Measures on both dates. {betweennessNote(state.data)}
          </p>
          {lists.map(({ section, items }) => (
            <DiffSectionList key={section.id} section={section} items={items} onPick={onPick} />
          ))}
        </>
      )}
    </div>
  );
}
