import type { Core } from 'cytoscape';
import type { MapActor } from '../../../lib/domain';
import { csvField, download } from '../../../lib/download';
import { mapToSvg, type SvgEdge, type SvgNode } from '../../../lib/svg-export';

export interface ExportButtonsProps {
  cy: Core | null;
  actors: readonly MapActor[];
  workspace: string;
}

const COLUMNS = ['id', 'name', 'kind', 'tier', 'sector', 'country', 'themes'] as const;

const NODE_KINDS = ['actor', 'band', 'band-label'] as const;

/** The drawn (visible) nodes and edges of the map with the colours and sizes the current lens gave them. */
function snapshot(cy: Core): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes = cy.nodes(':visible').map((node): SvgNode => {
    const { x, y } = node.position();
    const border = Number.parseFloat(node.style('border-width') as string) || 0;
    return {
      id: node.id(),
      x,
      y,
      width: node.width(),
      height: node.height(),
      shape: node.style('shape') === 'ellipse' ? 'ellipse' : 'rectangle',
      fill: node.style('background-color') as string,
      stroke: border > 0 ? (node.style('border-color') as string) : null,
      strokeWidth: border,
      label: (node.style('label') as string | undefined) ?? '',
      kind: NODE_KINDS.find((kind) => node.hasClass(kind)) ?? 'other',
    };
  });
  const edges = cy.edges(':visible').map((edge): SvgEdge => {
    const [from, to] = [edge.source().position(), edge.target().position()];
    return {
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      colour: edge.style('line-color') as string,
      width: Number.parseFloat(edge.style('width') as string) || 1,
      dashed: edge.style('line-style') === 'dashed',
    };
  });
  return { nodes, edges };
}

/**
 * Exports the view as PNG (cy.png) and SVG (every drawn node and edge with the lens's colours), and the
 * selection (or, with none, the visible actors) as CSV.
 */
export function ExportButtons({ cy, actors, workspace }: ExportButtonsProps) {
  const exportPng = () => {
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    download(blob, `${workspace}-map.png`);
  };
  const exportSvg = () => {
    if (!cy) return;
    const { nodes, edges } = snapshot(cy);
    const svg = mapToSvg(nodes, edges, `Tiermap: ${workspace}`);
    download(new Blob([svg], { type: 'image/svg+xml' }), `${workspace}-map.svg`);
  };
  const exportCsv = () => {
    if (!cy) return;
    const selected = cy.nodes('.actor:selected');
    const ids = new Set((selected.nonempty() ? selected : cy.nodes('.actor')).map((node) => node.id()));
    const rows = actors
      .filter((actor) => ids.has(actor.id))
      .map((actor) =>
        [actor.id, actor.name, actor.kind, actor.tier, actor.sector, actor.country, actor.themes.join(';')]
          .map(csvField)
          .join(','),
      );
    download(
      new Blob([[COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'], { type: 'text/csv' }),
      `${workspace}-actors.csv`,
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={exportPng}
        disabled={!cy}
        data-testid="export-png"
        title="Download the map as a PNG image"
      >
        PNG
      </button>
      <button
        type="button"
        onClick={exportSvg}
        disabled={!cy}
        data-testid="export-svg"
        title="Download the map as an SVG drawing (scalable, editable)"
      >
        SVG
      </button>
      <button
        type="button"
        onClick={exportCsv}
        disabled={!cy}
        data-testid="export-csv"
        title="Download the selected actors (shift-drag to select; all visible actors when none) as CSV"
      >
        CSV
      </button>
    </>
  );
}
