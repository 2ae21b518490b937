import { useEffect, useState, type ReactNode } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { ApiError } from '../../../lib/graphql-client';
import type { PathHighlight } from '../../../lib/map-elements';
import { useAsync } from '../../../lib/use-async';
import { findPaths, type PathAnswer, type PathQuery } from '../api/find-paths';
import { PathForm } from './PathForm';
import { PathResults } from './PathResults';
import { RetryNotice } from '../../../components/notice/RetryNotice';

export interface PathFinderProps {
  scope: AnalyticsScope;
  from: string | null;
  to: string | null;
  actorName: (id: string) => string;
  onEnds: (from: string | null, to: string | null) => void;
  renderActorPicker: (label: string, onPick: (id: string) => void) => ReactNode;
  onFocusActor: (id: string) => void;
  /** Draws the chosen path on the map (null: nothing to draw). */
  onHighlight: (highlight: PathHighlight | null) => void;
  onClose: () => void;
}

const highlightOf = (path: PathAnswer): PathHighlight => ({
  actorIds: new Set(path.actorIds),
  relationIds: new Set(path.steps.flatMap((step) => step.relations.map((relation) => relation.id))),
});

/** The path finder (PRODUCT.md §4.10): k shortest paths between two actors, the chosen one drawn on the map. */
export function PathFinder({
  scope,
  from,
  to,
  actorName,
  onEnds,
  renderActorPicker,
  onFocusActor,
  onHighlight,
  onClose,
}: PathFinderProps) {
  const initial = from && to ? { from, to, k: 3, types: [], modes: [], minConfidence: null } : null;
  const [query, setQuery] = useState<PathQuery | null>(initial);
  const [chosen, setChosen] = useState(0);
  const [state, reload] = useAsync(query ? JSON.stringify({ query, scope }) : null, (signal) =>
    findPaths(scope, query!, signal),
  );
  const paths = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    onHighlight(paths?.[chosen] ? highlightOf(paths[chosen]!) : null);
  }, [paths, chosen]); // onHighlight is a state setter of the app
  useEffect(() => () => onHighlight(null), []);
  const problems = state.status === 'error' && state.error instanceof ApiError ? state.error.fieldProblems() : {};
  return (
    <section className="actor-panel path-finder" aria-label="Path finder" data-testid="path-finder">
      <header className="actor-panel__header">
        <h2>Find a path</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the path finder">
          ×
        </button>
      </header>
      <div className="actor-panel__body">
        <PathForm
          from={from}
          to={to}
          actorName={actorName}
          onEnds={(nextFrom, nextTo) => {
            onEnds(nextFrom, nextTo);
            setQuery(null);
          }}
          renderActorPicker={renderActorPicker}
          problems={problems}
          onSubmit={(next) => {
            setChosen(0);
            setQuery(next);
          }}
        />
        {state.status === 'loading' && (
          <p className="muted" role="status">
            Searching for paths…
          </p>
        )}
        {state.status === 'error' && <RetryNotice onRetry={reload}>{state.error.message} </RetryNotice>}
        {state.status === 'idle' && <p className="muted">Pick two actors, then “Find paths”.</p>}
        {paths && <PathResults paths={paths} chosen={chosen} onChoose={setChosen} onFocusActor={onFocusActor} />}
      </div>
    </section>
  );
}
