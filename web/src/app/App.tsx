import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { MatrixView } from '../features/analytics/components/MatrixView';
import { CreateActorForm } from '../features/editing/components/CreateActorForm';
import { DeleteActorButton } from '../features/editing/components/DeleteActorButton';
import { DeletedActorNotice } from '../features/editing/components/DeletedActorNotice';
import { RelationEditForm } from '../features/editing/components/RelationEditForm';
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
import { FundingView } from '../features/funding/components/FundingView';
import { ActorTable } from '../features/tables/components/ActorTable';
import { RelationTable } from '../features/tables/components/RelationTable';
import { ActorPanel } from '../features/panels/components/ActorPanel';
import { RelationPanel } from '../features/panels/components/RelationPanel';
import { PathFinder } from '../features/paths/components/PathFinder';
import { DatabaseStatus } from '../features/status/components/DatabaseStatus';
import { applyGraphChanges, type GraphChange } from '../lib/graph-changes';
import { afterFirstMapFrame, markMapSettled } from '../lib/map-settled';
import { useAsync } from '../lib/use-async';
import { actorMatches, relationMatches, type PathHighlight } from '../lib/map-elements';
import { EMPTY_FILTERS, LENSES, useViewState, VIEWS, type View } from '../lib/view-state';
import { fitToView } from '../components/graph-canvas/GraphCanvas';
import { MapArea } from './MapArea';
import { PanelEditorSlot, relationActorPicker } from './PanelEditorSlot';
import { useShortcuts } from './use-shortcuts';

const NO_DECORATION = { legend: [] };
const VIEW_LABELS: Record<View, string> = {
  map: 'Map',
  table: 'Table',
  relations: 'Relations',
  matrix: 'Matrix',
  funding: 'Funding',
};

export function App() {
  const [view, update] = useViewState();
  const [cy, setCy] = useState<Core | null>(null);
  const { state: graphState, partial, progress, reload } = useWorkspaceGraph(view.workspace);
  // The themes (for the gaps lens) are not needed for the map's first frame: they wait for it.
  const [themesState] = useAsync(view.workspace, (signal) =>
    afterFirstMapFrame().then(() => getThemes(view.workspace, signal)),
  );
  useEffect(() => {
    if (graphState.status === 'error') markMapSettled();
  }, [graphState.status]);
  const themes = themesState.status === 'ready' ? themesState.data : [];
  // Edits made here, applied to the loaded graph (or the part loaded so far) so the map redraws without
  // loading it again.
  const [changes, setChanges] = useState<{ workspace: string; list: GraphChange[] }>({ workspace: '', list: [] });
  const loaded = graphState.status === 'ready' ? graphState.data : partial;
  const mapGraph = useMemo(
    () => loaded && applyGraphChanges(loaded, changes.workspace === view.workspace ? changes.list : []),
    [loaded, changes, view.workspace],
  );
  const graph = graphState.status === 'ready' ? mapGraph : null;
  const recordChange = (change: GraphChange) =>
    setChanges((previous) => ({
      workspace: view.workspace,
      list: [...(previous.workspace === view.workspace ? previous.list : []), change],
    }));
  const [creating, setCreating] = useState(false);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const actors = useMemo(() => (graph ? graph.actors : []), [graph]);
  const relations = graph ? graph.relations : [];
  const actorNames = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);
  const [highlight, setHighlight] = useState<PathHighlight | null>(null);
  const scope = useMemo(
    () => ({ workspace: view.workspace, asOf: view.asOf, filters: view.filters }),
    [view.workspace, view.asOf, view.filters],
  );
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
  useEffect(() => {
    if (!cy || !highlight) return;
    // Bring the chosen path into view without zooming in so far that the labels around it collide.
    const onPath = cy.nodes().filter((node) => highlight.actorIds.has(node.id()));
    cy.fit(onPath, 120);
    if (cy.zoom() > 1) {
      cy.zoom(1);
      cy.center(onPath);
    }
  }, [cy, highlight]);
  const select = (actor: string | null) => update({ actor, relation: null });
  const openRelation = (relation: string) => update({ relation });

  useShortcuts({
    '/': () => document.getElementById('actor-search')?.focus(),
    Escape: () => (view.relation ? update({ relation: null }) : select(null)),
    p: () => update({ paths: !view.paths }),
    f: () => cy && fitToView(cy),
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
          {VIEWS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view.view === name}
              onClick={() => update({ view: name })}
              data-testid={`view-${name}`}
            >
              {VIEW_LABELS[name]}
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
            themesLoading={themesState.status === 'loading'}
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
              aria-pressed={view.paths}
              onClick={() => update({ paths: !view.paths })}
              title="Find paths between two actors (P)"
              data-testid="toggle-paths"
            >
              Find a path
            </button>
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
          {view.view === 'relations' && graph && (
            <RelationTable
              relations={relations.filter((relation) => relationMatches(relation, view.filters, view.asOf))}
              actors={actors}
              themes={themes}
              selectedId={view.relation}
              onOpen={openRelation}
            />
          )}
          {view.view === 'matrix' && (
            <MatrixView
              scope={scope}
              themes={themes}
              actors={actors}
              relations={relations}
              onOpenRelation={openRelation}
            />
          )}
          {view.view === 'funding' && <FundingView scope={scope} onFocusActor={select} />}
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
            onOpenRelation={openRelation}
            highlight={highlight}
            onReady={setCy}
          />
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
        {(view.paths || view.relation || view.actor || creating) && (
          <div className="side-column">
            {view.paths && (
              <PathFinder
                key={view.workspace}
                scope={scope}
                from={view.pathFrom}
                to={view.pathTo}
                actorName={(id) => actorNames.get(id) ?? 'Unknown actor'}
                onEnds={(pathFrom, pathTo) => update({ pathFrom, pathTo })}
                renderActorPicker={(label, onPick) => (
                  <SearchBox
                    workspace={view.workspace}
                    inputId={label === 'Path from' ? 'path-from' : 'path-to'}
                    label={label}
                    testId={label === 'Path from' ? 'path-from' : 'path-to'}
                    onPick={(actor) => onPick(actor.id)}
                  />
                )}
                onFocusActor={select}
                onHighlight={setHighlight}
                onClose={() => update({ paths: false })}
              />
            )}
            {creating && !view.actor && !view.relation && (
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
            {view.relation && (
              <RelationPanel
                key={view.relation}
                relationId={view.relation}
                themes={themes}
                onClose={() => update({ relation: null })}
                onFocusActor={select}
                renderEditor={(relation, done) => (
                  <RelationEditForm
                    workspace={view.workspace}
                    relationId={relation.id}
                    actor={null}
                    themes={themes}
                    renderActorPicker={relationActorPicker(view.workspace)}
                    onDone={(change) => {
                      if (change) recordChange(change);
                      if (change?.kind === 'relation-deleted') update({ relation: null });
                      else done(change !== null);
                    }}
                  />
                )}
              />
            )}
            {view.actor && !view.relation && (
              <ActorPanel
                key={view.actor}
                actorId={view.actor}
                themes={themes}
                onClose={() => select(null)}
                onFocusActor={select}
                onOpenRelation={openRelation}
                scope={scope}
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
        )}
      </div>
    </div>
  );
}
