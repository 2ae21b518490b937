import type { Core } from 'cytoscape';
import { useMemo } from 'react';
import { GraphCanvas } from '../components/graph-canvas/GraphCanvas';
import type { WorkspaceGraph } from '../features/explore/hooks/use-workspace-graph';
import type { LensDecoration } from '../lib/lens-decoration';
import { buildMapElements, type Expansion, type PathHighlight } from '../lib/map-elements';
import { MAP_STYLE } from '../lib/map-style';
import { cachedTierLayout } from '../lib/tier-layout';
import type { Filters } from '../lib/view-state';

export interface MapAreaProps {
  graph: WorkspaceGraph;
  filters: Filters;
  asOf: number | null;
  decoration: LensDecoration;
  expansions: readonly Expansion[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** A tap on a relation's edge. */
  onOpenRelation: (id: string) => void;
  /** The path chosen in the path finder, drawn out on the map. */
  highlight: PathHighlight | null;
  onReady: (cy: Core | null) => void;
}

/** The map: the cached tier layout, the filtered and lens-decorated elements, and the canvas. */
export function MapArea({
  graph,
  filters,
  asOf,
  decoration,
  expansions,
  selectedId,
  onSelect,
  onOpenRelation,
  highlight,
  onReady,
}: MapAreaProps) {
  const layout = useMemo(() => cachedTierLayout(graph.workspace, graph.actors, graph.relations), [graph]);
  const elements = useMemo(
    () =>
      buildMapElements({
        actors: graph.actors,
        relations: graph.relations,
        layout,
        filters,
        asOf,
        decoration,
        expansions,
        selectedId,
        highlight,
      }),
    [graph, layout, filters, asOf, decoration, expansions, selectedId, highlight],
  );
  const actorCount = elements.filter((element) => element.classes?.includes('actor')).length;
  return (
    <>
      <GraphCanvas
        elements={elements}
        style={MAP_STYLE}
        ariaLabel={`Map of ${actorCount} actors in tier bands`}
        fitKey={graph.workspace}
        onNodeTap={(id) => onSelect(id)}
        onEdgeTap={onOpenRelation}
        onBackgroundTap={() => onSelect(null)}
        onReady={onReady}
      />
      {actorCount === 0 && (
        <div className="map-overlay" role="status" data-testid="map-empty">
          {graph.actors.length === 0 ? 'This workspace has no actors yet.' : 'No actor matches the filters.'}
        </div>
      )}
      <p className="map-count" data-testid="map-count">
        {actorCount} of {graph.actors.length} actors
      </p>
    </>
  );
}
