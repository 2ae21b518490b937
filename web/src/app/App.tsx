import type { Core } from 'cytoscape';
import { useMemo, useState } from 'react';
import { MatrixView } from '../features/analytics/components/MatrixView';
import { CreateActorForm } from '../features/editing/components/CreateActorForm';
import { DeleteActorButton } from '../features/editing/components/DeleteActorButton';
import { DeletedActorNotice } from '../features/editing/components/DeletedActorNotice';
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
import { applyGraphChanges, type GraphChange } from '../lib/graph-changes';
import { useAsync } from '../lib/use-async';
import { actorMatches } from '../lib/map-elements';
import { EMPTY_FILTERS, LENSES, useViewState } from '../lib/view-state';
import { MapArea } from './MapArea';
import { PanelEditorSlot } from './PanelEditorSlot';
import { useShortcuts } from './use-shortcuts';

const NO_DECORATION = { legend: [] };

export function App() {
  const [view, update] = useViewState();
  const [cy, setCy] = useState<Core | null>(null);
  const { state: graphState, progress, reload } = useWorkspaceGraph(view.workspace);
  const [themesState] = useAsync(view.workspace, (signal) => getThemes(view.workspace, signal));
  const themes = themesState.status === 'ready' ? themesState.data : [];
  // Edits made here, applied to the loaded graph so the map redraws without loading it again.
  const [changes, setChanges] = useState<{ workspace: string; list: GraphChange[] }>({ workspace: '', list: [] });
  const loaded = graphState.status === 'ready' ? graphState.data : null;
  const graph = useMemo(
    () => loaded && applyGraphChanges(loaded, changes.workspace === view.workspace ? changes.list : []),
    [loaded, changes, view.workspace],
  );
  const recordChange = (change: GraphChange) =>
    setChanges((previous) => ({
      workspace: view.workspace,
      list: [...(previous.workspace === view.workspace ? previous.list : []), change],
    }));
  const [creating, setCreating] = useState(false);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const actors = graph ? graph.actors : [];
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
            <button
              type="button"
              onClick={() => {
                setCreating(true);
                select(null);
              }}
              data-testid="new-actor"
              title="Add an actor to this map"
            >
              New actor
            </button>
          </MapToolbar>
          {deleted && (
            <DeletedActorNotice
              actor={deleted}
              onDismiss={() => setDeleted(null)}
              onRestored={(change) => {
                recordChange(change);
                setDeleted(null);
                select(deleted.id);
              }}
            />
          )}
          {expansions.error && <p className="notice notice--error map-notice">{expansions.error}</p>}
          {view.view === 'table' && graph && (
            <ActorTable
              actors={actors.filter((actor) => actorMatches(actor, view.filters))}
              selectedId={view.actor}
              onSelect={select}
            />
          )}
          {view.view === 'matrix' && (
            <MatrixView scope={{ workspace: view.workspace, asOf: view.asOf, filters: view.filters }} themes={themes} />
          )}
          {graph ? (
            <MapArea
              graph={graph}
              filters={view.filters}
              asOf={view.asOf}
              decoration={lens.state.status === 'ready' ? lens.state.data : NO_DECORATION}
              expansions={expansions.expansions}
              selectedId={view.actor}
              onSelect={select}
              onReady={setCy}
            />
          ) : (
            <div className="map-overlay" role="status" data-testid="map-status">
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
        {creating && !view.actor && (
          <aside className="actor-panel" aria-label="New actor" data-testid="create-panel">
            <CreateActorForm
              workspace={view.workspace}
              themes={themes}
              onCancel={() => setCreating(false)}
              onCreated={(actor) => {
                recordChange({ kind: 'actor-saved', actor });
                setCreating(false);
                select(actor.id);
              }}
            />
          </aside>
        )}
        {view.actor && (
          <ActorPanel
            key={view.actor}
            actorId={view.actor}
            themes={themes}
            onClose={() => select(null)}
            onFocusActor={select}
            renderEditor={(editor, actor, done, reloadActor) => (
              <PanelEditorSlot
                workspace={view.workspace}
                editor={editor}
                actor={actor}
                themes={themes}
                done={done}
                reload={reloadActor}
                onChange={recordChange}
              />
            )}
            renderDelete={(actor, reloadActor) => (
              <DeleteActorButton
                actor={actor}
                relationCount={actor.relations.length}
                onReload={reloadActor}
                onDeleted={() => {
                  recordChange({ kind: 'actor-deleted', actorId: actor.id });
                  setDeleted({ id: actor.id, name: actor.name });
                  select(null);
                }}
              />
            )}
          />
        )}
      </div>
    </div>
  );
}
