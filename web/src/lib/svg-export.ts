/** A drawn node as the SVG export needs it (model coordinates, the colours the current lens gave it). */
export interface SvgNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: 'ellipse' | 'rectangle';
  fill: string;
  stroke: string | null;
  strokeWidth: number;
  label: string;
  /** `actor` for actors; tier bands and aggregates carry their own class. */
  kind: string;
}

/** A drawn edge as a straight line between its ends. */
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  dashed: boolean;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const MAX_LABEL = 24;
const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Serialises the map to a standalone SVG: bands and other non-actor nodes first, then edges, then actor
 * shapes (one `<g class="node actor">` each) with their labels, framed by the bounding box plus a margin.
 */
export function mapToSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string, margin = 20): string {
  const xs = nodes.flatMap((node) => [node.x - node.width / 2, node.x + node.width / 2]);
  const ys = nodes.flatMap((node) => [node.y - node.height / 2, node.y + node.height / 2]);
  const [minX, maxX] = xs.length ? [Math.min(...xs) - margin, Math.max(...xs) + margin] : [0, 100];
  const [minY, maxY] = ys.length ? [Math.min(...ys) - margin, Math.max(...ys) + margin] : [0, 100];
  const shape = (node: SvgNode) => {
    const stroke = node.stroke ? ` stroke="${escape(node.stroke)}" stroke-width="${n(node.strokeWidth)}"` : '';
    const fill = ` fill="${escape(node.fill)}"${stroke}`;
    return node.shape === 'ellipse'
      ? `<ellipse cx="${n(node.x)}" cy="${n(node.y)}" rx="${n(node.width / 2)}" ry="${n(node.height / 2)}"${fill}/>`
      : `<rect x="${n(node.x - node.width / 2)}" y="${n(node.y - node.height / 2)}" width="${n(node.width)}" height="${n(node.height)}"${fill}/>`;
  };
  // Long names are shortened so neighbouring labels overlap less; the full name stays in the tooltip.
  const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label);
  const group = (node: SvgNode) =>
    `<g class="node ${escape(node.kind)}" data-id="${escape(node.id)}">` +
    (node.label ? `<title>${escape(node.label)}</title>` : '') +
    shape(node) +
    (node.label
      ? `<text x="${n(node.x)}" y="${n(node.y + node.height / 2 + 7)}" text-anchor="middle">${escape(short(node.label))}</text>`
      : '') +
    '</g>';
  const line = (edge: SvgEdge) =>
    `<line x1="${n(edge.x1)}" y1="${n(edge.y1)}" x2="${n(edge.x2)}" y2="${n(edge.y2)}" stroke="${escape(edge.colour)}" ` +
    `stroke-width="${n(edge.width)}"${edge.dashed ? ' stroke-dasharray="4 3"' : ''}/>`;
  const background = nodes.filter((node) => node.kind !== 'actor');
  const actors = nodes.filter((node) => node.kind === 'actor');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(maxX - minX)} ${n(maxY - minY)}" ` +
      `width="${n(maxX - minX)}" height="${n(maxY - minY)}" font-family="sans-serif" font-size="6" fill="#1f2933">`,
    `<title>${escape(title)}</title>`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(maxX - minX)}" height="${n(maxY - minY)}" fill="#ffffff"/>`,
    `<g class="bands">${background.map(group).join('')}</g>`,
    `<g class="edges" stroke-linecap="round">${edges.map(line).join('')}</g>`,
    `<g class="actors">${actors.map(group).join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
