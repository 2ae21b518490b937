import { useId, useMemo } from 'react';
import { humanize, TIERS } from '../../../lib/domain';
import type { UnfundedCellAnswer } from '../api/get-funding-overview';
import { unfundedGrid } from '../portfolio-slices';
import { TierHeader } from '../../../components/table/TierHeader';
import { ActorButtons } from './ActorButtons';

export interface UnfundedCellsProps {
  cells: readonly UnfundedCellAnswer[];
  themeLabel: (id: string) => string;
  onFocusActor: (id: string) => void;
}

/**
 * The theme × tier cells where actors work on a theme and none of them gets funding on it: a grid with a
 * row per theme and a column per tier, each gap naming its actors.
 */
export function UnfundedCells({ cells, themeLabel, onFocusActor }: UnfundedCellsProps) {
  const id = useId();
  const rows = useMemo(() => unfundedGrid(cells), [cells]);
  return (
    <section className="funding-section" aria-labelledby={`${id}-title`} data-testid="funding-unfunded">
      <header className="funding-section__head">
        <h2 id={`${id}-title`}>Unfunded theme × tier cells</h2>
        <span className="muted small" data-testid="unfunded-count">
          {cells.length} cell{cells.length === 1 ? '' : 's'} with actors and no funding on the theme
        </span>
      </header>
      {rows.length === 0 ? (
        <p className="muted">Every theme and tier with actors receives some funding on the theme.</p>
      ) : (
        <table className="data-table unfunded-grid">
          <caption className="visually-hidden">
            Actors by theme and tier where none receives funding on the theme
          </caption>
          <TierHeader rows="Theme" />
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme} data-testid="unfunded-row">
                <th scope="row">{themeLabel(row.theme)}</th>
                {TIERS.map((tier) => {
                  const cell = row.byTier.get(tier);
                  return cell ? (
                    <td
                      key={tier}
                      className="unfunded-grid__gap"
                      data-testid="unfunded-cell"
                      data-theme={themeLabel(row.theme)}
                      data-tier={humanize(tier)}
                    >
                      <strong>
                        {cell.actors.length} actor{cell.actors.length === 1 ? '' : 's'}
                      </strong>
                      <ActorButtons actors={cell.actors} onFocusActor={onFocusActor} max={3} />
                    </td>
                  ) : (
                    <td key={tier} className="muted">
                      <span aria-label="no unfunded actors">·</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
