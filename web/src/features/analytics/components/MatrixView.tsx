import { useMemo, useState } from 'react';
import { TierHeader } from '../../../components/table/TierHeader';
import { humanize, TIERS, type MapActor, type MapRelation, type Theme } from '../../../lib/domain';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { relationMatches } from '../../../lib/map-elements';
import { heatColours } from '../../../lib/palette';
import { useAsync } from '../../../lib/use-async';
import { getMatrixAndCoverage } from '../api/get-matrix-and-coverage';
import { relationsInCell } from '../cell-relations';
import { CellRelations } from './CellRelations';

export interface MatrixViewProps {
  scope: AnalyticsScope;
  themes: readonly Theme[];
  /** The workspace's actors and relations as loaded for the map, to list the relations of a cell. */
  actors: readonly MapActor[];
  relations: readonly MapRelation[];
  onOpenRelation: (id: string) => void;
}

/** The tier × tier heatmap of relations and the theme × tier coverage grid. */
export function MatrixView({ scope, themes, actors, relations, onOpenRelation }: MatrixViewProps) {
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  const actorIndex = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);
  const cellRelations = useMemo(
    () =>
      picked
        ? relationsInCell(
            relations.filter((relation) => relationMatches(relation, scope.filters, scope.asOf)),
            actorIndex,
            picked.from,
            picked.to,
          )
        : [],
    [picked, relations, actorIndex, scope.filters, scope.asOf],
  );
  const [state, reload] = useAsync(JSON.stringify(scope), (signal) => getMatrixAndCoverage(scope, signal));
  if (state.status === 'loading' || state.status === 'idle')
    return <p className="muted panel-pad">Computing the matrices…</p>;
  if (state.status === 'error')
    return (
      <div className="notice notice--error panel-pad" role="alert">
        The matrices could not be computed: {state.error.message} <button onClick={reload}>Retry</button>
      </div>
    );
  const { tierMatrix, coverage } = state.data;
  const cell = (from: string, to: string) => tierMatrix.tiers.find((c) => c.from === from && c.to === to);
  const maxCount = Math.max(1, ...tierMatrix.tiers.map((c) => c.count));
  const maxActors = Math.max(1, ...coverage.cells.map((c) => c.actorCount));
  const label = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;
  const coverageThemes = [...new Set(coverage.cells.map((c) => c.theme))];
  return (
    <div className="matrix-view" data-testid="matrix-view">
      <section>
        <h2>Relations, tier × tier (from row to column)</h2>
        <p className="muted small">Click a cell to list its relations. Undirected ties count both ways.</p>
        <table className="heatmap" data-testid="tier-matrix">
          <TierHeader rows="From tier, to tier" hideRows />
          <tbody>
            {TIERS.map((from) => (
              <tr key={from}>
                <th scope="row">{humanize(from)}</th>
                {TIERS.map((to) => {
                  const c = cell(from, to);
                  return (
                    <td key={to} style={heatColours((c?.count ?? 0) / maxCount)}>
                      <button
                        type="button"
                        className="heatmap__cell"
                        aria-pressed={picked?.from === from && picked.to === to}
                        aria-label={`${c?.count ?? 0} relations from ${humanize(from)} to ${humanize(to)}`}
                        title={c?.density != null ? `density ${c.density.toFixed(3)}` : ''}
                        onClick={() => setPicked({ from, to })}
                        data-testid={`matrix-cell-${from}-${to}`}
                      >
                        {c?.count ?? 0}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {picked && (
          <CellRelations
            title={`${humanize(picked.from)} → ${humanize(picked.to)}`}
            relations={cellRelations}
            actors={actorIndex}
            onOpenRelation={onOpenRelation}
            onClose={() => setPicked(null)}
          />
        )}
      </section>
      <section>
        <h2>Coverage, theme × tier</h2>
        <p className="muted small" data-testid="coverage-key">
          Each cell: actors working on the theme in the tier; ↑ cooperative ties to a higher tier and ↓ to a lower tier
          on the theme; € grants received on it. Red cells: nobody works on the theme there.
        </p>
        <table className="heatmap heatmap--wide" data-testid="coverage-grid">
          <TierHeader rows="Theme, tier" hideRows />
          <tbody>
            {coverageThemes.map((theme) => (
              <tr key={theme}>
                <th scope="row">{label(theme)}</th>
                {TIERS.map((tier) => {
                  const c = coverage.cells.find((x) => x.theme === theme && x.tier === tier);
                  const count = c?.actorCount ?? 0;
                  return (
                    <td
                      key={tier}
                      style={count ? heatColours(count / maxActors) : { background: '#fdecea', color: '#8a1c12' }}
                      title={
                        c && count
                          ? `${count} actors on ${label(theme)} at the ${humanize(tier).toLowerCase()} tier; ` +
                            `${c.tiesUpward} ties upward, ${c.tiesDownward} downward; ${c.fundingReceived.relationCount} grants received`
                          : `Nobody works on ${label(theme)} at the ${humanize(tier).toLowerCase()} tier`
                      }
                      data-testid="coverage-cell"
                    >
                      {count ? `${count} actor${count === 1 ? '' : 's'}` : 'none'}
                      {c && count > 0 && (
                        <small>
                          ↑{c.tiesUpward} ↓{c.tiesDownward} €{c.fundingReceived.relationCount}
                        </small>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** The column heads of both grids: one column per tier, after the corner cell that names the rows. */
