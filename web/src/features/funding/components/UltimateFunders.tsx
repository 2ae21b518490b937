import { RetryNotice } from '../../../components/notice/RetryNotice';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { formatMoney } from '../../../lib/format-money';
import { useAsync } from '../../../lib/use-async';
import { getFundingChains } from '../api/get-funding-chains';
import { ShareBar } from './ShareBar';

const SOURCE_LABELS: Record<string, string> = { PUBLIC: 'public', PRIVATE: 'private', PHILANTHROPIC: 'philanthropic' };
const sourceLabel = (source: string | null | undefined) => (source ? SOURCE_LABELS[source] : 'unknown source');

export interface UltimateFundersProps {
  scope: AnalyticsScope;
  recipientId: string;
  onFocusActor: (id: string) => void;
  onClose: () => void;
}

/** Who ultimately pays for one recipient's money, through intermediaries, with shares, sources and paths. */
export function UltimateFunders({ scope, recipientId, onFocusActor, onClose }: UltimateFundersProps) {
  const [state, reload] = useAsync(JSON.stringify([scope, recipientId]), (signal) =>
    getFundingChains(scope, recipientId, signal),
  );
  if (state.status === 'idle' || state.status === 'loading')
    return (
      <p className="muted" role="status">
        Following the money…
      </p>
    );
  if (state.status === 'error')
    return <RetryNotice onRetry={reload}>The funding chains could not be computed: {state.error.message} </RetryNotice>;
  const chains = state.data;
  return (
    <section className="funding-section" aria-label="Ultimate funders" data-testid="ultimate-funders">
      <header className="funding-section__head">
        <h2>Who ultimately funds {chains?.recipient?.name ?? 'this recipient'}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          close
        </button>
      </header>
      {!chains || chains.ultimateFunders.length === 0 ? (
        <p className="muted">No money followed back (support in kind only, or none).</p>
      ) : (
        <>
          <p className="muted">
            State money, through intermediaries: {Math.round(chains.stateShare * 100)}% (directly{' '}
            {Math.round(chains.directStateShare * 100)}%);{' '}
            {chains.bySource
              .filter((s) => s.share > 0)
              .map((s) => `${sourceLabel(s.source)} ${Math.round(s.share * 100)}%`)
              .join(', ')}
            {chains.shareBasis === 'COUNT' ? ' (by number of grants)' : ''}.
            {chains.truncated ? ' Some chains were cut at the depth limit.' : ''}
          </p>
          <ul className="ultimate-funders">
            {chains.ultimateFunders.map((funder) => (
              <li key={`${funder.funderId}-${funder.source ?? ''}`} data-testid="ultimate-funder">
                <button type="button" className="link-button" onClick={() => onFocusActor(funder.funderId)}>
                  {funder.funder?.name ?? 'Hidden actor'}
                </button>{' '}
                <ShareBar share={funder.share} />{' '}
                <small className="muted">
                  {sourceLabel(funder.source)}
                  {funder.amounts.length > 0 &&
                    `, ${funder.amounts.map((m) => formatMoney(m.amount, m.currency ?? null)).join(' + ')}`}
                  {funder.paths[0] && funder.paths[0].actors.length > 2
                    ? ` — via ${funder.paths[0].actors
                        .slice(1, -1)
                        .map((a) => a?.name ?? '…')
                        .join(' → ')}`
                    : ' — directly'}
                  {funder.pathCount > 1 ? ` (+${funder.pathCount - 1} more paths)` : ''}
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
      {chains && chains.inKind.length > 0 && (
        <p className="muted">In kind (not counted): {chains.inKind.map((k) => k.funder?.name ?? '…').join(', ')}.</p>
      )}
    </section>
  );
}
