import { useId, useMemo } from 'react';
import { humanize } from '../../../lib/domain';
import type { FunderPortfolioAnswer } from '../api/get-funding-overview';
import { portfolioSlices, type SliceDimension } from '../portfolio-slices';
import { MoneyText } from './MoneyText';
import { ShareBar } from './ShareBar';

export interface PortfolioBreakdownProps {
  funders: readonly FunderPortfolioAnswer[];
  themeLabel: (id: string) => string;
  /** The dimension and the funder (null: all), kept in the URL. */
  by: SliceDimension;
  funderId: string | null;
  onChange: (patch: { breakdownBy?: SliceDimension; breakdownFunder?: string | null }) => void;
}

const NO_THEME = 'No theme';

/**
 * Where the money goes: the grants of every funder together, or of one, by theme or by recipient tier,
 * with the known amounts, the recipients and the share of the grants as a bar.
 */
export function PortfolioBreakdown({ funders, themeLabel, by, funderId: given, onChange }: PortfolioBreakdownProps) {
  // A funder from a link that is not among these funders (filtered out, or another map): all funders.
  const funderId = given !== null && funders.some((funder) => funder.funderId === given) ? given : null;
  const id = useId();
  const rows = useMemo(
    () => portfolioSlices(funders, by, funderId, (a, b) => themeLabel(a).localeCompare(themeLabel(b))),
    [funders, by, funderId, themeLabel],
  );
  const funderName = funders.find((funder) => funder.funderId === funderId)?.funder?.name;
  const label = (key: string | null) => (key === null ? NO_THEME : by === 'theme' ? themeLabel(key) : humanize(key));
  return (
    <section className="funding-section" aria-labelledby={`${id}-title`} data-testid="funding-breakdown">
      <header className="funding-section__head">
        <h2 id={`${id}-title`}>Where the money goes</h2>
        <div className="funding-section__controls">
          <label className="field--inline">
            Funder{' '}
            <select
              value={funderId ?? ''}
              onChange={(event) => onChange({ breakdownFunder: event.target.value || null })}
              data-testid="breakdown-funder"
            >
              <option value="">All funders</option>
              {funders.map((funder) => (
                <option key={funder.funderId} value={funder.funderId}>
                  {funder.funder?.name ?? 'Hidden actor'}
                </option>
              ))}
            </select>
          </label>
          <div className="view-toggle" role="group" aria-label="Break down by">
            {(['theme', 'tier'] as const).map((dimension) => (
              <button
                key={dimension}
                type="button"
                aria-pressed={by === dimension}
                onClick={() => onChange({ breakdownBy: dimension })}
                data-testid={`breakdown-by-${dimension}`}
              >
                By {dimension}
              </button>
            ))}
          </div>
        </div>
      </header>
      <table className="data-table" data-testid="breakdown-table" data-by={by} data-funder={funderId ?? ''}>
        <caption className="visually-hidden">
          Grants of {funderName ?? 'all funders'} by {by === 'theme' ? 'theme' : 'recipient tier'}
        </caption>
        <thead>
          <tr>
            <th scope="col">{by === 'theme' ? 'Theme' : 'Recipient tier'}</th>
            <th scope="col" className="numeric">
              Grants
            </th>
            <th scope="col" className="numeric">
              Recipients
            </th>
            <th scope="col" className="numeric">
              Known amounts
            </th>
            <th scope="col">Share of the grants</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key ?? ''} data-testid="breakdown-row" data-key={row.key ?? ''}>
              <th scope="row" className="breakdown__label">
                {label(row.key)}
              </th>
              <td className="numeric" data-testid="breakdown-grants">
                {row.grants}
              </td>
              <td className="numeric" data-testid="breakdown-recipients">
                {row.recipientCount}
              </td>
              <td className="numeric" data-testid="breakdown-amount">
                <MoneyText amounts={row.amounts} grants={row.grants} unknownAmountCount={row.unknownAmountCount} />
              </td>
              <td>
                <ShareBar
                  share={row.shareOfGrants}
                  label={`${Math.round(row.shareOfGrants * 100)}% of the grants of ${funderName ?? 'all funders'}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {by === 'theme' && (
        <p className="muted small">
          A grant on several themes counts under each, so the shares can add up to more than 100%.
        </p>
      )}
    </section>
  );
}
