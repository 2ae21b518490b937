import { useMemo, useState } from 'react';
import { SortHeader } from '../../../components/table/SortHeader';
import { humanize, RELATION_TYPES, type MapActor, type MapRelation, type Theme } from '../../../lib/domain';
import { formatMoney } from '../../../lib/format-money';
import { nextSort, sortRows, type SortState } from '../../../lib/sort-rows';
import { relationRows, type RelationRow as Row } from '../../../lib/table-rows';
import { useVirtualRows } from '../../../lib/use-virtual-rows';

const COLUMNS = ['from', 'to', 'type', 'mode', 'themes', 'since', 'until', 'confidence', 'amount'] as const;
type Column = (typeof COLUMNS)[number];
const NUMERIC: ReadonlySet<Column> = new Set(['confidence', 'amount']);
const WIDTHS: Record<Column, string> = {
  from: '17%',
  to: '17%',
  type: '11%',
  mode: '9%',
  themes: '15%',
  since: '8%',
  until: '8%',
  confidence: '9%',
  amount: '6%',
};
export const ROW_HEIGHT = 30;

const value = ({ relation, from, to, themes }: Row, column: Column) =>
  column === 'from' ? from : column === 'to' ? to : column === 'themes' ? themes : relation[column];

export interface RelationTableProps {
  relations: readonly MapRelation[];
  actors: readonly MapActor[];
  themes: readonly Theme[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** The text and type filters (held in the URL). */
  text: string;
  type: string | null;
  onFilter: (filter: { text: string; type: string | null }) => void;
}

/** Relations as a sortable, filterable table that renders only the rows in view; a row opens the relation. */
export function RelationTable(props: RelationTableProps) {
  const { relations, actors, themes, selectedId, onOpen, text, type, onFilter } = props;
  const [sort, setSort] = useState<SortState<Column>>({ column: 'from', descending: false });
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);
  const labels = useMemo(() => new Map(themes.map((theme) => [theme.id, theme.label])), [themes]);
  const rows = useMemo(
    () => sortRows(relationRows(relations, names, labels, text, type), sort, value),
    [relations, names, labels, text, type, sort],
  );
  const { ref, onScroll, visible } = useVirtualRows(rows.length, ROW_HEIGHT);
  const onSort = (column: Column) => setSort(nextSort(sort, column, NUMERIC.has(column)));
  return (
    <div className="table-view" data-testid="relation-table" data-total={rows.length}>
      <div className="table-view__bar">
        <input
          type="search"
          placeholder="Filter relations"
          aria-label="Filter relations"
          value={text}
          onChange={(e) => onFilter({ text: e.target.value, type })}
          data-testid="relation-filter"
        />
        <select
          aria-label="Relation type"
          value={type ?? ''}
          onChange={(e) => onFilter({ text, type: e.target.value || null })}
          data-testid="relation-type-filter"
        >
          <option value="">All types</option>
          {RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {humanize(t)}
            </option>
          ))}
        </select>
        <span className="muted" data-testid="relation-count">
          {rows.length} of {relations.length} relations
        </span>
      </div>
      <div className="table-view__scroll" ref={ref} onScroll={onScroll}>
        {rows.length === 0 ? (
          <p className="muted panel-pad--flat">No relation matches the filter.</p>
        ) : (
          <table className="table--virtual" aria-rowcount={rows.length + 1}>
            <colgroup>
              {COLUMNS.map((column) => (
                <col key={column} style={{ width: WIDTHS[column] }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortHeader
                    key={column}
                    column={column}
                    label={humanize(column)}
                    sort={sort}
                    onSort={onSort}
                    numeric={NUMERIC.has(column)}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.padTop > 0 && <tr aria-hidden="true" style={{ height: visible.padTop }} />}
              {rows.slice(visible.start, visible.end).map(({ relation, from, to, themes: themeLabels }, offset) => (
                <tr
                  key={relation.id}
                  aria-rowindex={visible.start + offset + 2}
                  className={relation.id === selectedId ? 'selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => onOpen(relation.id)}
                  onKeyDown={(event) => event.key === 'Enter' && onOpen(relation.id)}
                  tabIndex={0}
                  data-testid="relation-row"
                >
                  <td title={from}>{from}</td>
                  <td title={to}>{to}</td>
                  <td>{humanize(relation.type)}</td>
                  <td>{relation.mode ? humanize(relation.mode) : '—'}</td>
                  <td title={themeLabels}>{themeLabels || '—'}</td>
                  <td>{relation.since ?? '—'}</td>
                  <td>{relation.until ?? '—'}</td>
                  <td className="numeric">{Math.round(relation.confidence * 100)}%</td>
                  <td className="numeric">
                    {relation.amount !== null ? formatMoney(relation.amount, relation.currency) : '—'}
                  </td>
                </tr>
              ))}
              {visible.padBottom > 0 && <tr aria-hidden="true" style={{ height: visible.padBottom }} />}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
