import { useCallback, useMemo, useState } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import type { FundingSettings } from '../../../lib/view-state';
import type { Theme } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import { getFundingOverview } from '../api/get-funding-overview';
import { funderPortfolios } from '../portfolio';
import { CoFundingTable } from './CoFundingTable';
import { FunderTable } from './FunderTable';
import { PortfolioBreakdown } from './PortfolioBreakdown';
import { UnfundedCells } from './UnfundedCells';
import { RecipientTable } from './RecipientTable';
import { UltimateFunders } from './UltimateFunders';
import { RetryNotice } from '../../../components/notice/RetryNotice';

export interface FundingViewProps {
  scope: AnalyticsScope;
  /** The workspace's themes, for their labels. */
  themes: readonly Theme[];
  onFocusActor: (id: string) => void;
  /** The tables' sorts and the breakdown's choices, kept in the URL. */
  settings: FundingSettings;
  onSettings: (patch: Partial<FundingSettings>) => void;
}

/**
 * The funding view, the foundation's questions answered: funders with their portfolios beside recipients
 * with their dependence, where the money goes by theme and tier, the unfunded theme × tier cells and the
 * funders that fund the same recipients.
 */
export function FundingView({ scope, themes, onFocusActor, settings, onSettings }: FundingViewProps) {
  const labels = useMemo(() => new Map(themes.map((theme) => [theme.id, theme.label])), [themes]);
  const themeLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const [state, reload] = useAsync(JSON.stringify(scope), (signal) => getFundingOverview(scope, signal));
  const [chainsOf, setChainsOf] = useState<string | null>(null);
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
        <FunderTable
          funders={funders}
          portfolios={portfolios}
          onFocusActor={onFocusActor}
          sortParam={settings.funderSort}
          onSortParam={(funderSort) => onSettings({ funderSort })}
        />
        <RecipientTable
          recipients={recipients}
          threshold={dependenceThreshold}
          onFocusActor={onFocusActor}
          sortParam={settings.recipientSort}
          onSortParam={(recipientSort) => onSettings({ recipientSort })}
          onlyDependent={settings.onlyDependent}
          onOnlyDependent={(onlyDependent) => onSettings({ onlyDependent })}
          onShowChains={setChainsOf}
        />
        {chainsOf !== null && (
          <UltimateFunders
            scope={scope}
            recipientId={chainsOf}
            onFocusActor={onFocusActor}
            onClose={() => setChainsOf(null)}
          />
        )}
        <PortfolioBreakdown
          funders={funders}
          themeLabel={themeLabel}
          by={settings.breakdownBy}
          funderId={settings.breakdownFunder}
          onChange={onSettings}
        />
        <CoFundingTable pairs={state.data.coFunding} onFocusActor={onFocusActor} />
      </div>
      <UnfundedCells cells={state.data.unfundedCells} themeLabel={themeLabel} onFocusActor={onFocusActor} />
    </div>
  );
}
