import type { Core } from 'cytoscape';
import type { SvgEdge, SvgNode } from '../../lib/svg-export';

const NODE_KINDS = ['actor', 'band', 'band-label'] as const;
const px = (value: unknown) => Number.parseFloat(String(value)) || 0;

/** The drawn (visible) nodes and edges of the map with the colours, sizes and labels the current lens gave them. */
export function mapSnapshot(cy: Core): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes = cy.nodes(':visible').map((node): SvgNode => {
    const { x, y } = node.position();
    const border = px(node.style('border-width'));
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
      width: px(edge.style('width')) || 1,
      dashed: edge.style('line-style') === 'dashed',
      label: (edge.style('label') as string | undefined) ?? '',
      labelSize: px(edge.style('font-size')) || 8,
      labelColour: edge.style('color') as string,
    };
  });
  return { nodes, edges };
}

/** On the map, the actors an export takes: the selected ones, or with none every actor drawn. */
export function mapActorIds(cy: Core): Set<string> {
  const selected = cy.nodes('.actor:selected');
  return new Set((selected.nonempty() ? selected : cy.nodes('.actor')).map((node) => node.id()));
}
