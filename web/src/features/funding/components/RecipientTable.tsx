import { useMemo } from 'react';
import { SortHeader } from '../../../components/table/SortHeader';
import { formatMoney } from '../../../lib/format-money';
import { nextSort, sortAmong, sortRows } from '../../../lib/sort-rows';
import type { SortParam } from '../../../lib/url-values';
import type { RecipientFundingAnswer } from '../api/get-funding-overview';
import { ShareBar } from './ShareBar';

const COLUMNS = ['name', 'funders', 'total', 'hhi', 'top', 'government', 'state'] as const;
type Column = (typeof COLUMNS)[number];

const value = (row: RecipientFundingAnswer, column: Column) =>
  ({
    name: row.recipient?.name,
    funders: row.funders.length,
    total: row.totalAmount,
    hhi: row.hhi,
    top: row.topFunderShare,
    government: row.governmentShare,
    state: row.stateShare,
  })[column];

export interface RecipientTableProps {
  recipients: readonly RecipientFundingAnswer[];
  threshold: number;
  onFocusActor: (id: string) => void;
  /** The sort from the URL (null: by top-funder share, largest first). */
  sortParam: SortParam | null;
  onSortParam: (sort: SortParam) => void;
  onlyDependent: boolean;
  onOnlyDependent: (only: boolean) => void;
  /** Shows who ultimately funds a recipient, through intermediaries. */
  onShowChains: (id: string) => void;
}

/** Recipients with how concentrated their funding is (HHI, top-funder share), the dependent ones flagged. */
export function RecipientTable({
  recipients,
  threshold,
  onFocusActor,
  sortParam,
  onSortParam,
  onlyDependent,
  onOnlyDependent,
  onShowChains,
}: RecipientTableProps) {
  const sort = sortAmong(sortParam, COLUMNS, { column: 'top', descending: true });
  const rows = useMemo(
    () => sortRows(onlyDependent ? recipients.filter((r) => r.dependent) : recipients, sort, value),
    [recipients, sort, onlyDependent],
  );
  const onSort = (column: Column) => onSortParam(nextSort(sort, column, column !== 'name'));
  return (
    <section className="funding-section" aria-label="Recipients" data-testid="funding-recipients">
      <header className="funding-section__head">
        <h2>Recipients and their dependence</h2>
        <label className="field--inline">
          <input type="checkbox" checked={onlyDependent} onChange={(e) => onOnlyDependent(e.target.checked)} /> only
          dependent (top funder ≥ {Math.round(threshold * 100)}%)
        </label>
      </header>
      {rows.length === 0 ? (
        <p className="muted">No recipient{onlyDependent ? ' is dependent' : ' of funding under these filters'}.</p>
      ) : (
        <table className="data-table recipient-table">
          <thead>
            <tr>
              <SortHeader column="name" label="Recipient" sort={sort} onSort={onSort} />
              <SortHeader column="funders" label="Funders" sort={sort} onSort={onSort} numeric />
              <SortHeader column="total" label="Received" sort={sort} onSort={onSort} numeric />
              <SortHeader
                column="hhi"
                label="HHI"
                sort={sort}
                onSort={onSort}
                numeric
                title="Herfindahl–Hirschman index Σ sᵢ² of funder shares: 1 = a single funder"
              />
              <SortHeader
                column="top"
                label="Top funder"
                sort={sort}
                onSort={onSort}
                title="Share of the largest funder"
              />
              <SortHeader
                column="government"
                label="Government"
                sort={sort}
                onSort={onSort}
                title="Share from government funders (co-optation risk)"
              />
              <SortHeader
                column="state"
                label="State money"
                sort={sort}
                onSort={onSort}
                title="Share of the money that is public at its ultimate funder, through intermediaries"
              />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.recipientId} data-testid="recipient-row" data-dependent={row.dependent}>
                <td>
                  <button type="button" className="link-button" onClick={() => onFocusActor(row.recipientId)}>
                    {row.recipient?.name ?? 'Hidden actor'}
                  </button>{' '}
                  {row.dependent && <span className="tag tag--warn">dependent</span>}
                </td>
                <td className="numeric">{row.funders.length}</td>
                <td className="numeric">
                  {row.totalAmount !== null
                    ? formatMoney(row.totalAmount, row.currency)
                    : `${row.relationCount} grant${row.relationCount === 1 ? '' : 's'}`}
                </td>
                <td className="numeric">{row.hhi.toFixed(2)}</td>
                <td>
                  <ShareBar
                    share={row.topFunderShare}
                    warn={row.dependent}
                    label={`${row.funders.find((f) => f.share === row.topFunderShare)?.funder?.name ?? 'Top funder'}: ${Math.round(row.topFunderShare * 100)}% (${row.shareBasis === 'AMOUNT' ? 'by amount' : 'by number of grants'})`}
                  />
                </td>
                <td>
                  <ShareBar share={row.governmentShare} />
                </td>
                <td className="recipient-state">
                  <ShareBar
                    share={row.stateShare}
                    label={`${Math.round(row.stateShare * 100)}% public money through intermediaries (${Math.round(row.directStateShare * 100)}% directly)`}
                  />{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onShowChains(row.recipientId)}
                    data-testid="show-chains"
                  >
                    chains
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
