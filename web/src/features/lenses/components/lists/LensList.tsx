import { useEffect, useMemo, useRef } from 'react';
import { RetryNotice } from '../../../../components/notice/RetryNotice';
import type { AsyncState } from '../../../../lib/use-async';
import type { Lens } from '../../../../lib/view-state';
import type { LinkAnswer } from '../../lens-answers';
import type { LensAnswer } from '../../hooks/use-lens';
import { brokerRows } from '../../lists/broker-rows';
import { funderRows, recipientRows } from '../../lists/funding-rows';
import { gapRows } from '../../lists/gap-rows';
import { percent, type LensWords } from '../../lists/lens-words';
import { linkRows } from '../../lists/link-rows';
import type { MapFocus } from '../../lists/map-focus';
import { siloRows } from '../../lists/silo-rows';
import { BrokerList } from './BrokerList';
import { CappedList } from './CappedList';
import { FundingList } from './FundingList';
import { GapList } from './GapList';
import { LinkItem } from './LinkItem';
import { SiloList } from './SiloList';
import './lens-list.css';

export interface LensListProps {
  lens: Lens;
  /** The active lens's answer; null on the Ecosystem lens (which lists the workspace's suggested links). */
  answer: LensAnswer | null;
  /** The workspace-wide suggested links (Ecosystem lens). */
  suggestions: AsyncState<readonly LinkAnswer[]>;
  onRetrySuggestions: () => void;
  words: LensWords;
  /** The row brought forward (chosen in the list, or its decoration tapped on the map). */
  activeRow: string | null;
  /** Changes whenever the active row is to be scrolled to, even if it is the same row again. */
  revealKey: number;
  onFocus: (focus: MapFocus) => void;
}

function Suggestions({
  state,
  onRetry,
  ...rest
}: { state: LensListProps['suggestions']; onRetry: () => void } & Pick<
  LensListProps,
  'words' | 'activeRow' | 'onFocus'
>) {
  const rows = useMemo(() => (state.status === 'ready' ? linkRows(state.data, rest.words) : []), [state, rest.words]);
  if (state.status === 'error')
    return (
      <RetryNotice onRetry={onRetry}>The suggested links could not be computed: {state.error.message} </RetryNotice>
    );
  if (state.status !== 'ready')
    return (
      <p className="muted" role="status">
        Looking for missing links…
      </p>
    );
  if (rows.length === 0) return <p className="muted">No missing link to suggest under these filters.</p>;
  return (
    <CappedList
      items={rows}
      rowId={(row) => row.id}
      renderRow={(row) => <LinkItem row={row} onFocus={rest.onFocus} />}
      label="Suggested links"
      cap={8}
      activeRow={rest.activeRow}
      ordered
      testId="suggestion-list"
    />
  );
}

/** The lens's answer in words, as the list for its lens. */
function Rows(props: LensListProps) {
  const { answer, words, activeRow, onFocus } = props;
  const rows = useMemo(() => {
    if (!answer) return null;
    switch (answer.lens) {
      case 'gaps':
        return { lens: answer.lens, theme: words.themeLabel(answer.gaps.theme), rows: gapRows(answer.gaps, words) };
      case 'brokers':
        return {
          lens: answer.lens,
          rows: brokerRows(answer.brokers, words),
          exactPending: answer.brokers.exactPending,
        };
      case 'silos':
        return {
          lens: answer.lens,
          rows: siloRows(answer.silos, words),
          singles: answer.silos.communities.filter((community) => community.size === 1).length,
        };
      case 'funding':
        return {
          lens: answer.lens,
          recipients: recipientRows(answer.funding, words),
          funders: funderRows(answer.funding, words),
          threshold: percent(answer.funding.dependenceThreshold),
        };
    }
  }, [answer, words]);
  const shared = { activeRow, onFocus };
  if (!rows)
    return <Suggestions state={props.suggestions} onRetry={props.onRetrySuggestions} words={words} {...shared} />;
  switch (rows.lens) {
    case 'gaps':
      return <GapList rows={rows.rows} themeLabel={rows.theme} {...shared} />;
    case 'brokers':
      return <BrokerList rows={rows.rows} exactPending={rows.exactPending} {...shared} />;
    case 'silos':
      return <SiloList rows={rows.rows} singles={rows.singles} {...shared} />;
    case 'funding':
      return <FundingList {...rows} {...shared} />;
  }
}

const HEADINGS: Record<Lens, string> = {
  ecosystem: 'Suggested links',
  gaps: 'Gaps and connectors',
  brokers: 'Brokers',
  silos: 'Communities',
  funding: 'Funders and recipients',
};

/**
 * Beside the map, the lens's answer in words (PRODUCT.md §6): gaps with both sides and their connectors,
 * brokers, communities, funders and recipients, or on the Ecosystem lens the workspace's suggested links.
 * A row focuses the map; a tap on a decoration brings its row forward (scrolled into view).
 */
export function LensList(props: LensListProps) {
  const { lens } = props;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!props.activeRow) return;
    const row = section.current?.querySelector(`[data-row-id="${CSS.escape(props.activeRow)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    // A row taller than the sidebar (a gap with long sides and connectors) would show its end: show its start.
    const sidebar = row?.closest('.sidebar');
    if (row && sidebar && row.getBoundingClientRect().top < sidebar.getBoundingClientRect().top)
      row.scrollIntoView({ block: 'start' });
  }, [props.activeRow, props.revealKey, props.answer]);
  // The legend says that the lens is being computed, or why it could not be.
  if (lens !== 'ecosystem' && props.answer?.lens !== lens) return null;
  return (
    <section
      ref={section}
      className="lens-list"
      aria-labelledby="lens-list-title"
      data-testid="lens-list"
      data-lens={lens}
    >
      <h2 id="lens-list-title">{HEADINGS[lens]}</h2>
      <Rows key={lens} {...props} />
    </section>
  );
}
