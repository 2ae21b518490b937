import { useMemo } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { useAsync } from '../../../lib/use-async';
import { getFundingOverview } from '../api/get-funding-overview';
import { funderPortfolios } from '../portfolio';
import { FunderTable } from './FunderTable';
import { RecipientTable } from './RecipientTable';
import { RetryNotice } from '../../../components/notice/RetryNotice';

/** The funding view: funders with their portfolios beside recipients with their dependence. */
export function FundingView({ scope, onFocusActor }: { scope: AnalyticsScope; onFocusActor: (id: string) => void }) {
  const [state, reload] = useAsync(JSON.stringify(scope), (signal) => getFundingOverview(scope, signal));
  const portfolios = useMemo(() => (state.status === 'ready' ? funderPortfolios(state.data) : new Map()), [state]);
  if (state.status === 'idle' || state.status === 'loading')
    return (
      <p className="muted panel-pad" role="status">
        Computing the funding flows…
      </p>
    );
  if (state.status === 'error')
    return (
      <RetryNotice onRetry={reload} className="panel-pad">
        The funding flows could not be computed: {state.error.message}{' '}
      </RetryNotice>
    );
  const { funders, recipients, dependentCount, dependenceThreshold } = state.data;
  if (funders.length === 0) return <p className="muted panel-pad">No funding relation under these filters.</p>;
  return (
    <div className="funding-view" data-testid="funding-view">
      <p className="muted" data-testid="funding-summary">
        {funders.length} funders, {recipients.length} recipients; {dependentCount} recipient
        {dependentCount === 1 ? ' is' : 's are'} dependent (one funder gives {Math.round(dependenceThreshold * 100)}% or
        more).
      </p>
      <div className="funding-view__columns">
        <FunderTable funders={funders} portfolios={portfolios} onFocusActor={onFocusActor} />
        <RecipientTable recipients={recipients} threshold={dependenceThreshold} onFocusActor={onFocusActor} />
      </div>
    </div>
  );
}
