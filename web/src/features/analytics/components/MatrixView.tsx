import { humanize, TIERS, type Theme } from '../../../lib/domain';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { useAsync } from '../../../lib/use-async';
import { getMatrixAndCoverage } from '../api/get-matrix-and-coverage';

export interface MatrixViewProps {
  scope: AnalyticsScope;
  themes: readonly Theme[];
}

/** Blue with an alpha proportional to the value, on a 0–1 scale. */
const heat = (value: number) => ({
  background: `rgba(0, 114, 178, ${0.08 + 0.85 * value})`,
  color: value > 0.55 ? '#fff' : undefined,
});

/** The tier × tier heatmap of relations and the theme × tier coverage grid. */
export function MatrixView({ scope, themes }: MatrixViewProps) {
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
        <table className="heatmap" data-testid="tier-matrix">
          <thead>
            <tr>
              <th />
              {TIERS.map((tier) => (
                <th key={tier}>{humanize(tier)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIERS.map((from) => (
              <tr key={from}>
                <th>{humanize(from)}</th>
                {TIERS.map((to) => {
                  const c = cell(from, to);
                  return (
                    <td
                      key={to}
                      style={heat((c?.count ?? 0) / maxCount)}
                      title={c?.density != null ? `density ${c.density.toFixed(3)}` : ''}
                    >
                      {c?.count ?? 0}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Coverage, theme × tier (actors; ↑ ties upward, ↓ downward)</h2>
        <table className="heatmap heatmap--wide" data-testid="coverage-grid">
          <thead>
            <tr>
              <th />
              {TIERS.map((tier) => (
                <th key={tier}>{humanize(tier)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverageThemes.map((theme) => (
              <tr key={theme}>
                <th>{label(theme)}</th>
                {TIERS.map((tier) => {
                  const c = coverage.cells.find((x) => x.theme === theme && x.tier === tier);
                  const count = c?.actorCount ?? 0;
                  return (
                    <td key={tier} style={count ? heat(count / maxActors) : { background: '#fdecea' }}>
                      {count || 'none'}
                      {c && count > 0 && (
                        <small>
                          {' '}
                          ↑{c.tiesUpward} ↓{c.tiesDownward}
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
