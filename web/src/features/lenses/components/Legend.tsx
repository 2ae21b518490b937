import type { Theme } from '../../../lib/domain';
import type { LegendItem, LensDecoration } from '../../../lib/lens-decoration';
import type { AsyncState } from '../../../lib/use-async';
import type { Lens } from '../../../lib/view-state';

export interface LegendProps {
  lens: Lens;
  state: AsyncState<LensDecoration>;
  onRetry: () => void;
  themes: readonly Theme[];
  /** True while the workspace's themes load (they wait for the map's first frame). */
  themesLoading: boolean;
  gapTheme: string;
  onGapTheme: (theme: string) => void;
}

function Swatch({ item }: { item: LegendItem }) {
  return (
    <span
      className={`swatch swatch--${item.shape}`}
      style={{ ['--swatch' as string]: item.colour }}
      aria-hidden="true"
    />
  );
}

/** What the colours, sizes and lines of the current lens mean, with the lens's own controls. */
export function Legend({ lens, state, onRetry, themes, themesLoading, gapTheme, onGapTheme }: LegendProps) {
  return (
    <section className="legend" aria-label="Legend" data-testid="legend" data-lens={lens} data-state={state.status}>
      {lens === 'gaps' && (
        <label className="field">
          <span>Theme</span>
          <select
            value={themes.length ? gapTheme : ''}
            onChange={(event) => onGapTheme(event.target.value)}
            disabled={themes.length === 0}
            data-testid="gap-theme"
          >
            {themes.length === 0 && <option value="">{themesLoading ? 'Loading themes…' : 'No themes'}</option>}
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {state.status === 'loading' && (
        <p className="muted" role="status">
          Computing the {lens} lens…
        </p>
      )}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            The {lens} lens could not be computed: {state.error.message}
          </p>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {state.data.note && (
            <p className="legend__note" data-testid="lens-note">
              {state.data.note}
            </p>
          )}
          <ul className="legend__items">
            {state.data.legend.map((item) => (
              <li key={item.label}>
                <Swatch item={item} />
                <span>
                  {item.label}
                  {item.detail && <small> — {item.detail}</small>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
