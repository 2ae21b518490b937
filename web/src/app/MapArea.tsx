import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AggregationNotice } from '../components/aggregation-notice/AggregationNotice';
import { GraphCanvas, type MapFrame } from '../components/graph-canvas/GraphCanvas';
import type { CentredView } from '../components/graph-canvas/fit-viewport';
import type { MapTarget } from '../components/graph-canvas/map-pointer';
import { MapHoverCard } from '../components/map-hover-card/MapHoverCard';
import type { WorkspaceGraph } from '../features/explore/hooks/use-workspace-graph';
import type { LensDecoration } from '../lib/lens-decoration';
import { DEFAULT_AGGREGATE_ABOVE } from '../lib/map-aggregation';
import { markMapDrawn, markMapSettled } from '../lib/map-settled';
import type { AsOfMonth } from '../lib/as-of-month';
import { actorMatches, buildMap, type Expansion, type PathHighlight, type TimeChangeMarks } from '../lib/map-elements';
import { MAP_STYLE } from '../lib/map-style';
import { bandLayout } from '../lib/tier-layout';
import { useTierLayout, type LayoutState } from '../lib/use-tier-layout';
import type { Filters } from '../lib/view-state';
import type { CountryScope } from '../lib/country-scope';

export interface MapAreaProps {
  /** Null while nothing has arrived: the canvas is made ready meanwhile. */
  graph: WorkspaceGraph | null;
  /** False while pages still arrive: the map draws what it has. */
  complete: boolean;
  filters: Filters;
  /** The country scope of `filters` (null without a country). */
  scope: CountryScope | null;
  asOf: AsOfMonth | null;
  decoration: LensDecoration;
  expansions: readonly Expansion[];
  selectedId: string | null;
  /** Aggregate above this many visible actors (null: the default). */
  aggregateAbove: number | null;
  onSelect: (id: string | null) => void;
  /** A tap on a relation's edge. */
  onOpenRelation: (id: string) => void;
  /** The path chosen in the path finder, drawn out on the map. */
  highlight: PathHighlight | null;
  /** The changes view's diff, coloured on the map; null when it is closed. */
  timeChanges: TimeChangeMarks | null;
  onReady: (cy: Core | null) => void;
  /** What a row of the lens's list asked to bring into view. */
  frame: MapFrame | null;
  /** A tap on a gap marker or a suggested link: its row in the lens's list comes forward. */
  onDecorationTap: (id: string) => void;
  /** The view to restore instead of fitting (from the URL), and where the view settles after a change. */
  viewport: CentredView | null;
  onViewport: (viewport: CentredView | null) => void;
}

const NO_ELEMENTS: ElementDefinition[] = [];
const NO_GRAPH: WorkspaceGraph = { workspace: '', cacheId: '', actors: [], relations: [] };

const countWhere = <T,>(items: readonly T[], test: (item: T) => boolean) =>
  items.reduce((count, item) => (test(item) ? count + 1 : count), 0);

/** Marks the first drawn frame (and the first with all the data) for the web benchmark. */
function markFrame(name: string) {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The map: the worker-computed tier layout, the filtered, lens-decorated (or aggregated) elements, the canvas. */
export function MapArea(props: MapAreaProps) {
  const { complete, selectedId, onSelect, onReady } = props;
  const graph = props.graph ?? NO_GRAPH;
  const threshold = props.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE;
  // While a big map loads, aggregate from the first page rather than switch when the threshold is crossed.
  const aggregatingPartial = !complete && (graph.expectedActors ?? 0) > threshold;
  const computed = useTierLayout(
    graph.workspace,
    graph.cacheId,
    graph.actors,
    graph.relations,
    complete,
    !aggregatingPartial,
  );
  // A map drawn aggregated while it loaded stays aggregated until the worker's layout of all of it comes
  // (the worker laid none of it out meanwhile), even if the filters then leave few actors to draw.
  const loadedAggregated = useRef<string | null>(null);
  if (aggregatingPartial) loadedAggregated.current = graph.workspace;
  const holdAggregated = !computed && loadedAggregated.current === graph.workspace && graph.actors.length > 0;
  const aggregateAbove = aggregatingPartial || holdAggregated ? 0 : threshold;
  // Aggregates sit by band and sector, so a map that aggregates is drawn on the bands alone (computed
  // here at once, equal to the worker's) until the worker's layout comes; it keeps them where they are.
  const aggregates = useMemo(
    () =>
      aggregateAbove === 0 ||
      countWhere(graph.actors, (actor) => actorMatches(actor, props.filters, props.scope)) > threshold,
    [aggregateAbove, graph.actors, props.filters, props.scope, threshold],
  );
  // An empty workspace has nothing to lay out: its (empty) map is drawn at once and says so.
  const empty = complete && props.graph !== null && graph.actors.length === 0;
  const bands = useMemo(
    () => (aggregates || empty ? bandLayout(graph.actors) : null),
    [aggregates, empty, graph.actors],
  );
  const layout = useMemo<LayoutState | null>(
    () => computed ?? (bands && { workspace: graph.workspace, layout: bands, source: 'partial', complete: empty }),
    [computed, bands, empty, graph.workspace],
  );
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setOpenGroups(new Set()), [graph.workspace]);
  const map = useMemo(
    () =>
      layout &&
      buildMap({
        actors: graph.actors,
        relations: graph.relations,
        layout: layout.layout,
        filters: props.filters,
        scope: props.scope,
        asOf: props.asOf,
        decoration: props.decoration,
        expansions: props.expansions,
        selectedId,
        highlight: props.highlight,
        timeChanges: props.timeChanges,
        aggregateAbove,
        openGroups,
      }),
    [
      graph,
      layout,
      props.filters,
      props.scope,
      props.asOf,
      props.decoration,
      props.expansions,
      selectedId,
      props.highlight,
      props.timeChanges,
      aggregateAbove,
      openGroups,
    ],
  );
  const toggleGroup = useCallback(
    (id: string) =>
      setOpenGroups((previous) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const cy = useRef<Core | null>(null);
  const [inspected, setInspected] = useState<MapTarget | null>(null);

  const groups = map?.aggregation?.groups.filter((group) => group.collapsed > 0).length ?? 0;
  return (
    <>
      {/* Mounted while the data is still on its way, so Cytoscape and its style are ready when it comes. */}
      <GraphCanvas
        elements={map?.elements ?? NO_ELEMENTS}
        style={MAP_STYLE}
        ariaLabel={
          map
            ? `Map of ${map.visibleCount} actors in tier bands${groups ? `, ${groups} of them groups` : ''}`
            : 'Map (loading)'
        }
        // Fitted to the first part, then once more to all the data (the bands of all of it are the final ones).
        fitKey={`${graph.workspace}:${layout?.source === 'partial' && !complete ? 'partial' : 'final'}`}
        selectedId={selectedId}
        onInspect={setInspected}
        onNodeTap={(id) => (id.startsWith('group-') ? toggleGroup(id) : onSelect(id))}
        onEdgeTap={props.onOpenRelation}
        onBackgroundTap={() => onSelect(null)}
        frame={props.frame}
        onDecorationTap={(target) => props.onDecorationTap(target.id)}
        viewport={props.viewport}
        onViewport={props.onViewport}
        onReady={(instance) => {
          cy.current = instance;
          onReady(instance);
        }}
        onRendered={() => {
          if (!map) return;
          markMapDrawn();
          if (map.visibleCount > 0) markFrame('tiermap:first-map-frame');
          if (complete && layout?.complete) {
            markFrame('tiermap:complete-map-frame');
            markMapSettled();
          }
        }}
      />
      <MapHoverCard
        target={inspected}
        actors={graph.actors}
        relations={graph.relations}
        decoration={props.decoration}
        bounds={{ width: cy.current?.width() ?? 0, height: cy.current?.height() ?? 0 }}
      />
      {!map && props.graph && (
        <div className="map-overlay" role="status" data-testid="map-status">
          <p>Laying out the map…</p>
        </div>
      )}
      {map?.aggregation && (
        <AggregationNotice
          plan={map.aggregation}
          threshold={threshold}
          visibleCount={map.visibleCount}
          openGroups={openGroups}
          onToggle={toggleGroup}
          onCloseAll={() => setOpenGroups(new Set())}
        />
      )}
      {complete && map?.visibleCount === 0 && (
        <div className="map-overlay" role="status" data-testid="map-empty">
          {graph.actors.length === 0 ? 'This workspace has no actors yet.' : 'No actor matches the filters.'}
        </div>
      )}
      {complete && map && (
        <p
          className="map-count"
          data-testid="map-count"
          data-aggregated={map.aggregation ? 'true' : 'false'}
          data-map-overlay
        >
          {map.visibleCount} of {graph.actors.length} actors
        </p>
      )}
    </>
  );
}
