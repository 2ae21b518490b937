import type { LegendItem } from './lens-decoration';

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
  /** The label drawn on the edge (a gap's "no tie on …"), empty for none. */
  label?: string;
  /** Its font size and colour as drawn. */
  labelSize?: number;
  labelColour?: string;
}

/** What frames the drawing: a title, lines saying what it shows (lens, filters, date) and the legend. */
export interface SvgFrame {
  title: string;
  details: readonly string[];
  legend: readonly LegendItem[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const MAX_LABEL = 24;
const n = (value: number) => String(Math.round(value * 10) / 10);

/** The swatch of a legend item, drawn in a `size` × `size` box at (x, y). */
function swatch(item: LegendItem, x: number, y: number, size: number): string {
  const colour = escape(item.colour);
  const [cx, cy, r] = [n(x + size / 2), n(y + size / 2), n(size / 2.5)];
  const line = (extra: string) =>
    `<line x1="${n(x)}" y1="${cy}" x2="${n(x + size * 1.5)}" y2="${cy}" stroke="${colour}" stroke-width="${n(size / 4)}"${extra}/>`;
  const dash = ` stroke-dasharray="${n(size / 3)} ${n(size / 5)}"`;
  switch (item.shape) {
    case 'ring':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" stroke="${colour}" stroke-width="${n(size / 5)}"/>`;
    case 'line':
      return line('');
    case 'dashed':
      return line(dash);
    case 'ghost':
      return line(`${dash} opacity="0.5"`);
    case 'size':
      return `<circle cx="${n(x + size / 4)}" cy="${cy}" r="${n(size / 5)}" fill="${colour}"/><circle cx="${n(x + size)}" cy="${cy}" r="${r}" fill="${colour}"/>`;
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>`;
  }
}

/**
 * Serialises the map to a standalone SVG: a title and the lines saying what is shown above it, bands
 * and other non-actor nodes, then edges and their labels (a gap's), then actor shapes (one
 * `<g class="node actor">` each) with their labels, and the legend right of the map; framed by the
 * nodes' bounding box plus a margin. Title and legend are sized to the map so that they stay readable.
 */
export function mapToSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], frame: SvgFrame, margin = 20): string {
  const xs = nodes.flatMap((node) => [node.x - node.width / 2, node.x + node.width / 2]);
  const ys = nodes.flatMap((node) => [node.y - node.height / 2, node.y + node.height / 2]);
  const [minX, maxX] = xs.length ? [Math.min(...xs) - margin, Math.max(...xs) + margin] : [0, 100];
  const [mapTop, mapBottom] = ys.length ? [Math.min(...ys) - margin, Math.max(...ys) + margin] : [0, 100];
  const unit = Math.max(1, (maxX - minX) / 800);
  // A long legend beside a flat map makes the drawing taller, not cut off.
  const maxY = Math.max(mapBottom, mapTop + unit * (26 + 13 * frame.legend.length));
  const headerHeight = unit * (30 + 11 * frame.details.length);
  const legendWidth = frame.legend.length ? unit * 190 : 0;
  const minY = mapTop - headerHeight;
  const width = maxX - minX + legendWidth;
  const height = maxY - minY;
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
  const edgeLabel = (edge: SvgEdge) => {
    const size = edge.labelSize ?? 8;
    const [x, y] = [(edge.x1 + edge.x2) / 2, (edge.y1 + edge.y2) / 2];
    const textWidth = edge.label!.length * size * 0.6;
    return (
      `<g class="edge-label"><rect x="${n(x - textWidth / 2 - 3)}" y="${n(y - size * 0.8)}" width="${n(textWidth + 6)}" ` +
      `height="${n(size * 1.3)}" fill="#ffffff" fill-opacity="0.9"/><text x="${n(x)}" y="${n(y + size * 0.3)}" ` +
      `text-anchor="middle" font-size="${n(size)}" font-weight="bold" fill="${escape(edge.labelColour ?? '#1f2933')}">` +
      `${escape(edge.label!)}</text></g>`
    );
  };
  const header =
    `<g class="map-title"><text x="${n(minX + margin)}" y="${n(minY + unit * 20)}" font-size="${n(unit * 16)}" ` +
    `font-weight="bold">${escape(frame.title)}</text>` +
    frame.details
      .map(
        (detail, index) =>
          `<text x="${n(minX + margin)}" y="${n(minY + unit * (33 + 11 * index))}" font-size="${n(unit * 9)}" fill="#52606d">${escape(detail)}</text>`,
      )
      .join('') +
    '</g>';
  const legendX = maxX + unit * 10;
  const legend = frame.legend.length
    ? `<g class="legend" font-size="${n(unit * 8)}"><text x="${n(legendX)}" y="${n(mapTop + unit * 12)}" font-weight="bold">Legend</text>` +
      frame.legend
        .map((item, index) => {
          const y = mapTop + unit * (20 + 13 * index);
          const text = item.detail ? `${item.label} — ${item.detail}` : item.label;
          return `<g class="legend-item">${swatch(item, legendX, y, unit * 9)}<text x="${n(legendX + unit * 17)}" y="${n(y + unit * 7)}">${escape(text)}</text></g>`;
        })
        .join('') +
      '</g>'
    : '';
  const background = nodes.filter((node) => node.kind !== 'actor');
  const actors = nodes.filter((node) => node.kind === 'actor');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}" ` +
      `width="${n(width)}" height="${n(height)}" font-family="sans-serif" font-size="6" fill="#1f2933">`,
    `<title>${escape(frame.title)}</title>`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    header,
    `<g class="bands">${background.map(group).join('')}</g>`,
    `<g class="edges" stroke-linecap="round">${edges.map(line).join('')}</g>`,
    `<g class="edge-labels">${edges
      .filter((edge) => edge.label)
      .map(edgeLabel)
      .join('')}</g>`,
    `<g class="actors">${actors.map(group).join('')}</g>`,
    legend,
    '</svg>',
    '',
  ].join('\n');
}
