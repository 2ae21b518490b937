import { useMemo, useState } from 'react';
import { SortHeader } from '../../../components/table/SortHeader';
import { humanize, type MapActor } from '../../../lib/domain';
import { nextSort, sortRows, type SortState } from '../../../lib/sort-rows';
import { actorRows } from '../../../lib/table-rows';
import { useVirtualRows } from '../../../lib/use-virtual-rows';

type Column = 'name' | 'kind' | 'tier' | 'sector' | 'country';
const COLUMNS: Column[] = ['name', 'kind', 'tier', 'sector', 'country'];
const ROW_HEIGHT = 30;

export interface ActorTableProps {
  actors: readonly MapActor[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The text filter (held in the URL). */
  text: string;
  onText: (text: string) => void;
}

/**
 * The actors as a table: sortable by any column, narrowed by a text filter, rendering only the rows in
 * view; a row click focuses the actor.
 */
export function ActorTable({ actors, selectedId, onSelect, text, onText }: ActorTableProps) {
  const [sort, setSort] = useState<SortState<Column>>({ column: 'name', descending: false });
  const rows = useMemo(
    () => sortRows(actorRows(actors, text), sort, (actor, column) => actor[column]),
    [actors, sort, text],
  );
  const { ref, onScroll, visible } = useVirtualRows(rows.length, ROW_HEIGHT);
  return (
    <div className="table-view" data-testid="actor-table">
      <div className="table-view__bar">
        <input
          type="search"
          placeholder="Filter rows"
          aria-label="Filter rows"
          value={text}
          onChange={(e) => onText(e.target.value)}
        />
        <span className="muted">{rows.length} actors</span>
      </div>
      <div className="table-view__scroll" ref={ref} onScroll={onScroll}>
        <table className="table--virtual" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={humanize(column)}
                  sort={sort}
                  onSort={(next) => setSort(nextSort(sort, next))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.padTop > 0 && <tr aria-hidden="true" style={{ height: visible.padTop }} />}
            {rows.slice(visible.start, visible.end).map((actor, offset) => (
              <tr
                key={actor.id}
                aria-rowindex={visible.start + offset + 2}
                style={{ height: ROW_HEIGHT }}
                className={actor.id === selectedId ? 'selected' : undefined}
                onClick={() => onSelect(actor.id)}
                onKeyDown={(event) => event.key === 'Enter' && onSelect(actor.id)}
                tabIndex={0}
              >
                <td>{actor.name}</td>
                <td>{humanize(actor.kind)}</td>
                <td>{humanize(actor.tier)}</td>
                <td>{humanize(actor.sector)}</td>
                <td>{actor.country ?? '—'}</td>
              </tr>
            ))}
            {visible.padBottom > 0 && <tr aria-hidden="true" style={{ height: visible.padBottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
