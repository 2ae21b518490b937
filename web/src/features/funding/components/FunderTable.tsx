import { Fragment, useMemo, useState } from 'react';
import { SortHeader } from '../../../components/table/SortHeader';
import { formatMoney } from '../../../lib/format-money';
import { nextSort, sortAmong, sortRows } from '../../../lib/sort-rows';
import type { SortParam } from '../../../lib/url-values';
import type { FunderPortfolioAnswer } from '../api/get-funding-overview';
import type { PortfolioLine } from '../portfolio';
import { MoneyText } from './MoneyText';
import { ShareBar } from './ShareBar';

const COLUMNS = ['name', 'recipients', 'grants', 'amount'] as const;
type Column = (typeof COLUMNS)[number];

const amountOf = (row: FunderPortfolioAnswer) => row.amounts.reduce((sum, money) => sum + money.amount, 0);
const value = (row: FunderPortfolioAnswer, column: Column) =>
  ({ name: row.funder?.name, recipients: row.recipientIds.length, grants: row.relationCount, amount: amountOf(row) })[
    column
  ];

export interface FunderTableProps {
  funders: readonly FunderPortfolioAnswer[];
  portfolios: ReadonlyMap<string, PortfolioLine[]>;
  onFocusActor: (id: string) => void;
  /** The sort from the URL (null: by recipients, most first). */
  sortParam: SortParam | null;
  onSortParam: (sort: SortParam) => void;
}

/** Funders with their portfolios: recipients, amounts and each recipient's share of the portfolio as bars. */
export function FunderTable({ funders, portfolios, onFocusActor, sortParam, onSortParam }: FunderTableProps) {
  const sort = sortAmong(sortParam, COLUMNS, { column: 'recipients', descending: true });
  const [open, setOpen] = useState<string | null>(null);
  const rows = useMemo(() => sortRows(funders, sort, value), [funders, sort]);
  const onSort = (column: Column) => onSortParam(nextSort(sort, column, column !== 'name'));
  return (
    <section className="funding-section" aria-label="Funders" data-testid="funding-funders">
      <header className="funding-section__head">
        <h2>Funders and their portfolios</h2>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <SortHeader column="name" label="Funder" sort={sort} onSort={onSort} />
            <SortHeader column="recipients" label="Recipients" sort={sort} onSort={onSort} numeric />
            <SortHeader column="grants" label="Grants" sort={sort} onSort={onSort} numeric />
            <SortHeader column="amount" label="Known amounts" sort={sort} onSort={onSort} numeric />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.funderId}>
              <tr data-testid="funder-row">
                <td className="funder-cell">
                  <button
                    type="button"
                    className="icon-button"
                    aria-expanded={open === row.funderId}
                    aria-label={`${open === row.funderId ? 'Hide' : 'Show'} the portfolio of ${row.funder?.name ?? 'this funder'}`}
                    onClick={() => setOpen(open === row.funderId ? null : row.funderId)}
                    data-testid="toggle-portfolio"
                  >
                    {open === row.funderId ? '▾' : '▸'}
                  </button>{' '}
                  <button type="button" className="link-button" onClick={() => onFocusActor(row.funderId)}>
                    {row.funder?.name ?? 'Hidden actor'}
                  </button>
                </td>
                <td className="numeric">{row.recipientIds.length}</td>
                <td className="numeric">{row.relationCount}</td>
                <td className="numeric">
                  <MoneyText
                    amounts={row.amounts}
                    grants={row.relationCount}
                    unknownAmountCount={row.unknownAmountCount}
                  />
                </td>
              </tr>
              {open === row.funderId && (
                <tr className="portfolio-row">
                  <td colSpan={4}>
                    <ul className="portfolio" data-testid="portfolio">
                      {(portfolios.get(row.funderId) ?? []).map((line) => (
                        <li key={line.recipientId}>
                          <button
                            type="button"
                            className="link-button portfolio__name"
                            onClick={() => onFocusActor(line.recipientId)}
                          >
                            {line.recipientName}
                          </button>
                          <ShareBar
                            share={line.portfolioShare}
                            label={`${Math.round(line.portfolioShare * 100)}% of the portfolio`}
                          />
                          <span className="muted small">
                            {line.amount !== null
                              ? formatMoney(line.amount, line.currency)
                              : `${line.grants} grant${line.grants === 1 ? '' : 's'}`}{' '}
                            · {Math.round(line.recipientShare * 100)}% of what it receives
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
