import type { Core } from 'cytoscape';
import { useState } from 'react';
import { MatrixView } from '../features/analytics/components/MatrixView';
import { EditActorForm } from '../features/editing/components/EditActorForm';
import { getThemes } from '../features/explore/api/get-vocabulary';
import { AsOfSlider } from '../features/explore/components/AsOfSlider';
import { FiltersPanel } from '../features/explore/components/FiltersPanel';
import { MapToolbar } from '../features/explore/components/MapToolbar';
import { SearchBox } from '../features/explore/components/SearchBox';
import { WorkspacePicker } from '../features/explore/components/WorkspacePicker';
import { useExpansions } from '../features/explore/hooks/use-expansions';
import { useWorkspaceGraph } from '../features/explore/hooks/use-workspace-graph';
import { Legend } from '../features/lenses/components/Legend';
import { LensSwitcher } from '../features/lenses/components/LensSwitcher';
import { useLens } from '../features/lenses/hooks/use-lens';
import { ExportButtons } from '../features/sharing/components/ExportButtons';
import { ActorTable } from '../features/tables/components/ActorTable';
import { ActorPanel } from '../features/panels/components/ActorPanel';
import { DatabaseStatus } from '../features/status/components/DatabaseStatus';
import { useAsync } from '../lib/use-async';
import { actorMatches } from '../lib/map-elements';
import { EMPTY_FILTERS, LENSES, useViewState } from '../lib/view-state';
import { MapArea } from './MapArea';
import { useShortcuts } from './use-shortcuts';

const NO_DECORATION = { legend: [] };

export function App() {
  const [view, update] = useViewState();
  const [cy, setCy] = useState<Core | null>(null);
  const { state: graphState, partial, progress, reload } = useWorkspaceGraph(view.workspace);
  const mapGraph = graphState.status === 'ready' ? graphState.data : partial;
  const [themesState] = useAsync(view.workspace, (signal) => getThemes(view.workspace, signal));
  const themes = themesState.status === 'ready' ? themesState.data : [];
  const actors = graphState.status === 'ready' ? graphState.data.actors : [];
  const gapTheme = view.gapTheme ?? themes[0]?.id ?? 'reception';
  const lens = useLens({
    lens: view.lens,
    workspace: view.workspace,
    asOf: view.asOf,
    filters: view.filters,
    gapTheme,
    actors,
    themes,
  });
  const expansions = useExpansions(view.workspace);
  const select = (actor: string | null) => update({ actor });

  useShortcuts({
    '/': () => document.getElementById('actor-search')?.focus(),
    Escape: () => select(null),
    f: () => cy?.fit(undefined, 24),
    e: () => view.actor && void expansions.expand(view.actor),
    u: expansions.undo,
    ...Object.fromEntries(LENSES.map((lens, index) => [String(index + 1), () => update({ lens })])),
  });

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="brand">Tiermap</h1>
        <WorkspacePicker
          value={view.workspace}
          onChange={(workspace) => update({ workspace, actor: null, filters: EMPTY_FILTERS })}
        />
        <SearchBox workspace={view.workspace} onPick={(actor) => select(actor.id)} />
        <LensSwitcher value={view.lens} onChange={(lens) => update({ lens })} />
        <AsOfSlider value={view.asOf} onChange={(asOf) => update({ asOf })} />
        <div className="view-toggle" role="group" aria-label="View">
          {(['map', 'table', 'matrix'] as const).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view.view === name}
              onClick={() => update({ view: name })}
              data-testid={`view-${name}`}
            >
              {name === 'map' ? 'Map' : name === 'table' ? 'Table' : 'Matrix'}
            </button>
          ))}
        </div>
      </header>
      <div className="app__body">
        <aside className="sidebar">
          <Legend
            lens={view.lens}
            state={lens.state}
            onRetry={lens.reload}
            themes={themes}
            gapTheme={gapTheme}
            onGapTheme={(theme) => update({ gapTheme: theme })}
          />
          <FiltersPanel
            filters={view.filters}
            onChange={(filters) => update({ filters })}
            actors={actors}
            themes={themes}
          />
          <DatabaseStatus />
        </aside>
        <main className="map-area">
          <MapToolbar
            cy={cy}
            selectedId={view.actor}
            onExpand={(id) => void expansions.expand(id)}
            onUndo={expansions.undo}
            expansionCount={expansions.expansions.length}
            busy={expansions.busy}
          >
            <ExportButtons cy={cy} actors={actors} workspace={view.workspace} />
          </MapToolbar>
          {expansions.error && <p className="notice notice--error map-notice">{expansions.error}</p>}
          {view.view === 'table' && graphState.status === 'ready' && (
            <ActorTable
              actors={actors.filter((actor) => actorMatches(actor, view.filters))}
              selectedId={view.actor}
              onSelect={select}
            />
          )}
          {view.view === 'matrix' && (
            <MatrixView scope={{ workspace: view.workspace, asOf: view.asOf, filters: view.filters }} themes={themes} />
          )}
          {mapGraph && (
            <MapArea
              graph={mapGraph}
              complete={graphState.status === 'ready'}
              filters={view.filters}
              asOf={view.asOf}
              decoration={lens.state.status === 'ready' ? lens.state.data : NO_DECORATION}
              expansions={expansions.expansions}
              selectedId={view.actor}
              aggregateAbove={view.aggregateAbove}
              onSelect={select}
              onReady={setCy}
            />
          )}
          {graphState.status !== 'ready' && (
            <div className={mapGraph ? 'map-progress' : 'map-overlay'} role="status" data-testid="map-status">
              {graphState.status === 'error' ? (
                <div className="notice notice--error">
                  <p>The map could not be loaded: {graphState.error.message}</p>
                  <button type="button" onClick={reload}>
                    Retry
                  </button>
                </div>
              ) : (
                <p>{progress || 'Loading the map…'}</p>
              )}
            </div>
          )}
        </main>
        {view.actor && (
          <ActorPanel
            key={view.actor}
            actorId={view.actor}
            themes={themes}
            onClose={() => select(null)}
            onFocusActor={select}
            renderEditor={(actor, done, reloadActor) => (
              <EditActorForm key={actor.version} actor={actor} themes={themes} onDone={done} onReload={reloadActor} />
            )}
          />
        )}
      </div>
    </div>
  );
}
