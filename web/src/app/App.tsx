import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SignInDialog } from '../features/account/components/SignInDialog';
import type { AccountFormMode } from '../features/account/components/SignInForm';
import { DeletedActorNotice } from '../features/editing/components/DeletedActorNotice';
import { getThemes } from '../features/explore/api/get-vocabulary';
import { FiltersPanel } from '../features/explore/components/FiltersPanel';
import { MapToolbar } from '../features/explore/components/MapToolbar';
import { ScopeLine } from '../features/explore/components/ScopeLine';
import { useExpansions } from '../features/explore/hooks/use-expansions';
import { useWorkspaceGraph } from '../features/explore/hooks/use-workspace-graph';
import { Legend } from '../features/lenses/components/Legend';
import { LENS_LABELS } from '../features/lenses/components/LensSwitcher';
import { AnalysisOptionsPanel } from '../features/lenses/components/AnalysisOptionsPanel';
import { LensList } from '../features/lenses/components/lists/LensList';
import { useLens } from '../features/lenses/hooks/use-lens';
import { CopyLinkButton } from '../features/sharing/components/CopyLinkButton';
import { ExportButtons } from '../features/sharing/components/ExportButtons';
import { ExportMenu } from '../features/interchange/components/ExportMenu';
import { ActorTable } from '../features/tables/components/ActorTable';
import { RelationTable } from '../features/tables/components/RelationTable';
import { DatabaseStatus } from '../features/status/components/DatabaseStatus';
import { TimeStrip } from '../features/time/components/TimeStrip';
import { usePeriods } from '../features/time/hooks/use-periods';
import { timeRange } from '../features/time/play-steps';
import { useWorkspaceAccess } from '../features/workspaces/hooks/use-workspace-access';
import { applyGraphChanges, type GraphChange } from '../lib/graph-changes';
import { afterFirstMapFrame, markMapSettled } from '../lib/map-settled';
import { useSession } from '../lib/session/use-session';
import { useAsync } from '../lib/use-async';
import { relationInScope } from '../lib/country-scope';
import { actorsInPicture } from '../lib/as-of-picture';
import { actorMatches, mapScope, relationMatches, type PathHighlight, type TimeChangeMarks } from '../lib/map-elements';
import { formatViewState, LENSES, useViewState } from '../lib/view-state';
import { fitToView } from '../components/graph-canvas/GraphCanvas';
import { AppHeader } from './AppHeader';
import { DuplicatesView, FundingView, ImportPage, MatrixView, ViewLoading, WorkspacePage } from './lazy-views';
import { MapArea } from './MapArea';
import { nameInMonth } from '../lib/name-in-month';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SideColumn } from './SideColumn';
import { useListFocus } from './use-list-focus';
import { useRevealFocus } from './use-reveal-focus';
import { useShortcuts, type Shortcut } from './use-shortcuts';

const NO_DECORATION = { legend: [] };

/**
 * The client: the map page (filters, map or tables, side panels) or the workspace page, under one header.
 * It is mounted afresh whenever the session changes (app/Root.tsx), so everything it loads is loaded as
 * the current viewer.
 */
export function App() {
  const [view, update] = useViewState();
  const session = useSession();
  const [signIn, setSignIn] = useState<AccountFormMode | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onMapPage = view.page === 'map' && !view.invitation;
  const { state: graphState, partial, progress, reload } = useWorkspaceGraph(view.workspace, onMapPage);
  const [access] = useWorkspaceAccess(view.workspace);
  const canEdit = access.status === 'ready' && access.data?.canEdit === true;
  const workspaceTitle = (access.status === 'ready' && access.data?.title) || view.workspace;
  // The themes (for the gaps lens) are not needed for the map's first frame: they wait for it.
  const [themesState] = useAsync(view.workspace, (signal) =>
    afterFirstMapFrame().then(() => getThemes(view.workspace, signal)),
  );
  useEffect(() => {
    if (graphState.status === 'error') markMapSettled();
  }, [graphState.status]);
  const themes = useMemo(() => (themesState.status === 'ready' ? themesState.data : []), [themesState]);
  const themeLabel = useCallback((id: string) => themes.find((theme) => theme.id === id)?.label ?? id, [themes]);
  // Edits made here, applied to the loaded graph (or the part loaded so far) so the map redraws without
  // loading it again.
  const [changes, setChanges] = useState<{ workspace: string; list: GraphChange[] }>({ workspace: '', list: [] });
  const loaded = graphState.status === 'ready' ? graphState.data : partial;
  const mapGraph = useMemo(
    () => loaded && applyGraphChanges(loaded, changes.workspace === view.workspace ? changes.list : []),
    [loaded, changes, view.workspace],
  );
  const graph = graphState.status === 'ready' ? mapGraph : null;
  const recordChange = (change: GraphChange) => {
    if (change.kind === 'reload') {
      setChanges({ workspace: '', list: [] });
      reload();
      return;
    }
    setChanges((previous) => ({
      workspace: view.workspace,
      list: [...(previous.workspace === view.workspace ? previous.list : []), change],
    }));
  };
  const [creating, setCreating] = useState(false);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const actors = useMemo(() => (graph ? graph.actors : []), [graph]);
  // A chosen country scopes the question (lib/country-scope.ts): the map, tables and lenses
  // agree. Over the part loaded so far while the map loads, so the first frames are scoped too.
  const countryScope = useMemo(
    () => mapScope(mapGraph?.actors ?? [], mapGraph?.relations ?? [], view.filters, view.asOf),
    [mapGraph, view.filters, view.asOf],
  );
  // The relation table and the matrix's cell lists keep to the scope, as the API's answers do.
  const relations = useMemo(
    () => (graph ? graph.relations.filter((relation) => relationInScope(countryScope, relation)) : []),
    [graph, countryScope],
  );
  // Names of the month the time bar shows (lists and relation labels say what the map says).
  const actorNames = useMemo(
    () => new Map(actors.map((actor) => [actor.id, nameInMonth(actor, view.asOf)])),
    [actors, view.asOf],
  );
  // The actors as the tables list them: under the name of the month the time bar shows.
  const actorsOfMonth = useMemo(
    () => (view.asOf ? actors.map((actor) => ({ ...actor, name: actorNames.get(actor.id) ?? actor.name })) : actors),
    [actors, actorNames, view.asOf],
  );
  const relationsById = useMemo(
    () => new Map((graph?.relations ?? []).map((relation) => [relation.id, relation])),
    [graph],
  );
  const relationLabel = useCallback(
    (id: string) => {
      const relation = relationsById.get(id);
      if (!relation) return 'A relation';
      const name = (actorId: string) => actorNames.get(actorId) ?? 'Unknown actor';
      return `${name(relation.sourceId)} → ${name(relation.targetId)}`;
    },
    [relationsById, actorNames],
  );
  const [highlight, setHighlight] = useState<PathHighlight | null>(null);
  const [timeMarks, setTimeMarks] = useState<TimeChangeMarks | null>(null);
  const periods = usePeriods(view.workspace, onMapPage);
  const range = useMemo(
    () =>
      timeRange([
        ...(mapGraph?.relations ?? []).map((relation) => relation.since),
        ...(mapGraph?.actors ?? []).map((actor) => actor.since),
        ...periods.map((period) => period.since),
      ]),
    [mapGraph, periods],
  );
  const picture = useMemo(() => actorsInPicture(actors, relations, view.asOf), [actors, relations, view.asOf]);
  const setAsOf = useCallback(
    (asOf: string | null, playing: boolean) => update({ asOf }, { replace: playing }),
    [update],
  );
  const scope = useMemo(
    () => ({ workspace: view.workspace, asOf: view.asOf, filters: view.filters, analysis: view.analysis }),
    [view.workspace, view.asOf, view.filters, view.analysis],
  );
  const gapTheme = view.gapTheme ?? themes[0]?.id ?? 'reception';
  const listFocus = useListFocus(view.actor, update);
  const lens = useLens({
    lens: view.lens,
    workspace: view.workspace,
    asOf: view.asOf,
    filters: view.filters,
    analysis: view.analysis,
    gapTheme,
    actors,
    themes,
    listed: onMapPage && view.view === 'map',
    chosenRow: listFocus.activeRow,
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
  const select = (actor: string | null) => update({ actor, relation: null, tab: null });

  const [helpOpen, setHelpOpen] = useState(false);
  const shortcuts: Shortcut[] = [
    { key: '/', description: 'Search actors', run: () => document.getElementById('actor-search')?.focus() },
    {
      key: 'Escape',
      description: 'Close the relation panel, then the actor panel',
      run: () => (view.relation ? update({ relation: null }) : select(null)),
    },
    ...LENSES.map((lens, index) => ({
      key: String(index + 1),
      description: `${LENS_LABELS[lens]} lens`,
      run: () => update({ lens }),
    })),
    { key: 'p', description: 'Open or close the path finder', run: () => update({ paths: !view.paths }) },
    { key: 'f', description: 'Fit the map to the window', run: () => cy && fitToView(cy) },
    {
      key: 'e',
      description: "Expand the focused actor's neighbours",
      run: () => view.actor && void expansions.expand(view.actor),
    },
    { key: 'u', description: 'Undo the last expansion', run: expansions.undo },
    { key: '?', description: 'Show these shortcuts', run: () => setHelpOpen(true) },
  ];
  useShortcuts(shortcuts);
  useRevealFocus();

  return (
    <div className="app">
      <AppHeader view={view} update={update} onSelectActor={select} onSignIn={setSignIn} />
      {signIn && <SignInDialog initialMode={signIn} onClose={() => setSignIn(null)} />}
      {helpOpen && <ShortcutsHelp shortcuts={shortcuts} onClose={() => setHelpOpen(false)} />}
      {view.page === 'import' && !view.invitation ? (
        <ViewLoading>
          <ImportPage
            workspace={view.workspace}
            title={workspaceTitle}
            canEdit={access.status === 'loading' || access.status === 'idle' ? null : canEdit}
            mapHref={formatViewState({ ...view, page: 'map' })}
            onBackToMap={() => update({ page: 'map' })}
          />
        </ViewLoading>
      ) : !onMapPage ? (
        <ViewLoading>
          <WorkspacePage
            workspace={view.workspace}
            section={view.section}
            invitation={view.invitation}
            onNavigate={update}
            onSignIn={setSignIn}
          />
        </ViewLoading>
      ) : (
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
            <AnalysisOptionsPanel
              lens={view.lens}
              value={view.analysis}
              onChange={(analysis) => update({ analysis })}
            />
            {view.view === 'map' && (
              <LensList
                lens={view.lens}
                answer={lens.answer}
                suggestions={lens.suggestions}
                onRetrySuggestions={lens.reloadSuggestions}
                words={lens.words}
                activeRow={listFocus.activeRow}
                revealKey={listFocus.revealKey}
                onFocus={listFocus.focus}
              />
            )}
            <FiltersPanel
              filters={view.filters}
              onChange={(filters) => update({ filters })}
              actors={actors}
              themes={themes}
              scope={countryScope}
            />
            <DatabaseStatus />
          </aside>
          <main className="map-area">
            <TimeStrip
              asOf={view.asOf}
              range={range}
              periods={periods}
              onChange={setAsOf}
              changesOpen={view.changes}
              onToggleChanges={() => update({ changes: !view.changes })}
            />
            <MapToolbar
              cy={cy}
              selectedId={view.actor}
              onExpand={(id) => void expansions.expand(id)}
              onUndo={expansions.undo}
              expansionCount={expansions.expansions.length}
              busy={expansions.busy}
              mapShown={view.view === 'map'}
            >
              <CopyLinkButton />
              <ExportButtons
                cy={cy}
                workspace={view.workspace}
                title={{
                  workspace: workspaceTitle,
                  lens: LENS_LABELS[view.lens],
                  filters: view.filters,
                  asOf: view.asOf,
                  gapTheme: view.lens === 'gaps' ? gapTheme : null,
                  themeLabel,
                }}
                legend={lens.state.status === 'ready' ? lens.state.data.legend : []}
                data={{ view, actors, relations, themes, scope: countryScope }}
              />
              <ExportMenu workspace={view.workspace} filters={view.filters} asOf={view.asOf} view={view.view} />
              <button
                type="button"
                aria-pressed={view.paths}
                onClick={() => update({ paths: !view.paths })}
                title="Find paths between two actors (P)"
                data-testid="toggle-paths"
              >
                Find a path
              </button>
              {canEdit && (
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
              )}
              {canEdit && (
                <button
                  type="button"
                  onClick={() => update({ page: 'import' })}
                  data-testid="open-import"
                  title="Import actors and relations from CSV, XLSX, JSON, GraphML or GEXF files"
                >
                  Import
                </button>
              )}
            </MapToolbar>
            <ScopeLine scope={countryScope} onClear={() => update({ filters: { ...view.filters, countries: [] } })} />
            {/* Below the toolbar, not under it: the map, its notices and the views over it. */}
            <div className="map-area__stage">
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
                  actors={actorsOfMonth.filter(
                    (actor) => actorMatches(actor, view.filters, countryScope) && (picture?.has(actor.id) ?? true),
                  )}
                  selectedId={view.actor}
                  onSelect={select}
                  text={view.tableText}
                  onText={(tableText) => update({ tableText }, { replace: true })}
                />
              )}
              {view.view === 'relations' && graph && (
                <RelationTable
                  relations={relations.filter((relation) => relationMatches(relation, view.filters, view.asOf))}
                  actors={actorsOfMonth}
                  themes={themes}
                  selectedId={view.relation}
                  onOpen={(relation) => update({ relation })}
                  text={view.tableText}
                  type={view.tableType}
                  onFilter={({ text, type }) => update({ tableText: text, tableType: type }, { replace: true })}
                />
              )}
              <ViewLoading>
                {view.view === 'matrix' && (
                  <MatrixView
                    scope={scope}
                    themes={themes}
                    actors={actors}
                    relations={relations}
                    onOpenRelation={(relation) => update({ relation })}
                  />
                )}
                {view.view === 'funding' && (
                  <FundingView
                    scope={scope}
                    themes={themes}
                    onFocusActor={select}
                    settings={view.funding}
                    onSettings={(patch) => update({ funding: { ...view.funding, ...patch } }, { replace: true })}
                  />
                )}
                {view.view === 'duplicates' && (
                  <DuplicatesView
                    workspace={view.workspace}
                    canEdit={canEdit}
                    onOpenActor={select}
                    onChanged={reload}
                  />
                )}
              </ViewLoading>
              <MapArea
                graph={mapGraph}
                complete={graphState.status === 'ready'}
                filters={view.filters}
                scope={countryScope}
                asOf={view.asOf}
                decoration={lens.state.status === 'ready' ? lens.state.data : NO_DECORATION}
                expansions={expansions.expansions}
                selectedId={view.actor}
                aggregateAbove={view.aggregateAbove}
                onSelect={select}
                onOpenRelation={(relation) => update({ relation })}
                highlight={highlight}
                timeChanges={view.changes ? timeMarks : null}
                onReady={setCy}
                frame={listFocus.frame}
                onDecorationTap={listFocus.reveal}
                viewport={view.viewport}
                onViewport={(viewport) => update({ viewport }, { replace: true })}
              />
              {graphState.status !== 'ready' && (
                <div className={mapGraph ? 'map-progress' : 'map-overlay'} role="status" data-testid="map-status">
                  {graphState.status === 'error' ? (
                    <div className="notice notice--error">
                      <p>The map could not be loaded: {graphState.error.message}</p>
                      {session.status !== 'signed-in' && (
                        <p>If this workspace is for its members only, sign in to see it.</p>
                      )}
                      <button type="button" onClick={reload}>
                        Retry
                      </button>
                    </div>
                  ) : (
                    <p>{progress || 'Loading the map…'}</p>
                  )}
                </div>
              )}
            </div>
          </main>
          <SideColumn
            view={view}
            update={update}
            scope={scope}
            themes={themes}
            nameOnMap={(id) => actorNames.get(id)}
            canEdit={canEdit}
            creating={creating}
            onCreating={setCreating}
            onChange={recordChange}
            onDeleted={setDeleted}
            onHighlight={setHighlight}
            periods={periods}
            onTimeMarks={setTimeMarks}
            relationLabel={relationLabel}
          />
        </div>
      )}
    </div>
  );
}
