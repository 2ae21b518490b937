import { useMemo, useState } from 'react';
import { humanize, type MapActor } from '../../../lib/domain';

type Column = 'name' | 'kind' | 'tier' | 'sector' | 'country';
const COLUMNS: Column[] = ['name', 'kind', 'tier', 'sector', 'country'];

export interface ActorTableProps {
  actors: readonly MapActor[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The actors as a table: sortable by any column, narrowed by a text filter; a row click focuses the actor. */
export function ActorTable({ actors, selectedId, onSelect }: ActorTableProps) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'name', descending: false });
  const [text, setText] = useState('');
  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const shown = needle
      ? actors.filter((actor) =>
          [actor.name, actor.kind, actor.country ?? '', ...actor.themes].join(' ').toLowerCase().includes(needle),
        )
      : [...actors];
    const sign = sort.descending ? -1 : 1;
    return shown.sort((a, b) => sign * String(a[sort.column] ?? '').localeCompare(String(b[sort.column] ?? '')));
  }, [actors, sort, text]);
  return (
    <div className="table-view" data-testid="actor-table">
      <div className="table-view__bar">
        <input
          type="search"
          placeholder="Filter rows"
          aria-label="Filter rows"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <span className="muted">{rows.length} actors</span>
      </div>
      <div className="table-view__scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column}
                  aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setSort({ column, descending: sort.column === column && !sort.descending })}
                  >
                    {humanize(column)} {sort.column === column ? (sort.descending ? '▼' : '▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((actor) => (
              <tr
                key={actor.id}
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
          </tbody>
        </table>
      </div>
    </div>
  );
}
