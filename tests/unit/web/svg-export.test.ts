import { mapToSvg, type SvgNode } from '../../../web/src/lib/svg-export';

const node = (id: string, x: number, y: number, kind = 'actor'): SvgNode => ({
  id,
  x,
  y,
  width: 20,
  height: 20,
  shape: kind === 'actor' ? 'ellipse' : 'rectangle',
  fill: 'rgb(0,114,178)',
  stroke: null,
  strokeWidth: 0,
  label: kind === 'actor' ? `Actor <${id}> & co` : '',
  kind,
});

describe('mapToSvg', () => {
  const svg = mapToSvg(
    [node('band', 50, 0, 'band'), node('a', 0, 0), node('b', 100, 50)],
    [{ x1: 0, y1: 0, x2: 100, y2: 50, colour: '#9aa5b1', width: 1.5, dashed: true }],
    'Tiermap: test',
  );

  it('draws one actor group per actor node, bands separately, and one line per edge', () => {
    expect(svg.match(/<g class="node actor"/g)).toHaveLength(2);
    expect(svg.match(/<g class="node band"/g)).toHaveLength(1);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('<ellipse cx="100" cy="50" rx="10" ry="10" fill="rgb(0,114,178)"/>');
  });

  it('frames the bounding box of the nodes plus the margin', () => {
    expect(svg).toContain('viewBox="-30 -30 160 110"');
  });

  it('shortens long labels and keeps the full name in the tooltip', () => {
    const long = mapToSvg([{ ...node('a', 0, 0), label: 'Migration and Development Civil Society Network' }], [], 't');
    expect(long).toContain('<title>Migration and Development Civil Society Network</title>');
    expect(long).toContain('>Migration and Developme…</text>');
  });

  it('escapes labels and the title', () => {
    expect(svg).toContain('Actor &lt;a&gt; &amp; co');
    expect(svg).not.toContain('<a>');
    expect(svg.startsWith('<?xml')).toBe(true);
  });
});
