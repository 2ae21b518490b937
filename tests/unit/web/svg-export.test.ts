import { mapToSvg, type SvgFrame, type SvgNode } from '../../../web/src/lib/svg-export';

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

const frame = (title: string, legend: SvgFrame['legend'] = []): SvgFrame => ({ title, details: [], legend });

describe('mapToSvg', () => {
  const svg = mapToSvg(
    [node('band', 50, 0, 'band'), node('a', 0, 0), node('b', 100, 50)],
    [{ x1: 0, y1: 0, x2: 100, y2: 50, colour: '#9aa5b1', width: 1.5, dashed: true }],
    frame('Tiermap: test'),
  );

  it('draws one actor group per actor node, bands separately, and one line per edge', () => {
    expect(svg.match(/<g class="node actor"/g)).toHaveLength(2);
    expect(svg.match(/<g class="node band"/g)).toHaveLength(1);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('<ellipse cx="100" cy="50" rx="10" ry="10" fill="rgb(0,114,178)"/>');
  });

  it('frames the bounding box of the nodes plus the margin, and the title above it', () => {
    // 30 units of title above the map (the map is narrower than 800 units: one unit is one pixel).
    expect(svg).toContain('viewBox="-30 -60 160 140"');
  });

  it('shortens long labels and keeps the full name in the tooltip', () => {
    const long = mapToSvg(
      [{ ...node('a', 0, 0), label: 'Migration and Development Civil Society Network' }],
      [],
      frame('t'),
    );
    expect(long).toContain('<title>Migration and Development Civil Society Network</title>');
    expect(long).toContain('>Migration and Developme…</text>');
  });

  it('escapes labels and the title', () => {
    expect(svg).toContain('Actor &lt;a&gt; &amp; co');
    expect(svg).not.toContain('<a>');
    expect(svg.startsWith('<?xml')).toBe(true);
  });
});

describe('mapToSvg: the frame and the edge labels', () => {
  const legend: SvgFrame['legend'] = [
    { label: 'Civil society', colour: '#0072B2', shape: 'dot' },
    { label: 'Missing vertical link', colour: '#D55E00', shape: 'ghost', detail: 'no tie on the theme' },
  ];
  const svg = mapToSvg(
    [node('a', 0, 0), node('b', 100, 50)],
    [
      {
        ...{ x1: 0, y1: 0, x2: 100, y2: 50, colour: '#D55E00', width: 5, dashed: true },
        label: 'No tie: Local ↔ National',
        labelSize: 16,
        labelColour: '#8a3b00',
      },
      { x1: 0, y1: 0, x2: 100, y2: 50, colour: '#9aa5b1', width: 1, dashed: false, label: '' },
    ],
    { title: 'Harbour & co — Gaps lens', details: ['Gaps on Reception', 'Filters: Tier: Local'], legend },
  );

  it('writes the title and the lines under it, escaped', () => {
    expect(svg).toContain('<title>Harbour &amp; co — Gaps lens</title>');
    expect(svg).toMatch(/<g class="map-title"><text[^>]*font-weight="bold">Harbour &amp; co — Gaps lens<\/text>/);
    expect(svg).toContain('>Gaps on Reception</text>');
    expect(svg).toContain('>Filters: Tier: Local</text>');
  });

  it('draws the legend right of the map, one item with its swatch per entry', () => {
    expect(svg.match(/<g class="legend-item">/g)).toHaveLength(2);
    expect(svg).toContain('>Civil society</text>');
    expect(svg).toContain('>Missing vertical link — no tie on the theme</text>');
    expect(svg).toMatch(/<g class="legend-item"><circle [^>]*fill="#0072B2"\/>/);
    expect(svg).toMatch(
      /<g class="legend-item"><line [^>]*stroke="#D55E00"[^>]*stroke-dasharray="[^"]+" opacity="0.5"\/>/,
    );
    // The frame widens by the legend's column (190 units) and heightens by the title's lines.
    expect(svg).toContain('viewBox="-30 -82 350 162"');
  });

  it('keeps the label of an edge (a gap) at its middle, and draws none for an edge without one', () => {
    expect(svg.match(/<g class="edge-label">/g)).toHaveLength(1);
    expect(svg).toMatch(
      /<text x="50" y="[\d.]+" text-anchor="middle" font-size="16" font-weight="bold" fill="#8a3b00">No tie: Local ↔ National<\/text>/,
    );
  });
});

describe('mapToSvg: a legend longer than the map', () => {
  it('makes the drawing tall enough to hold every legend item', () => {
    const legend = Array.from({ length: 20 }, (_, i) => ({
      label: `Item ${i}`,
      colour: '#000000',
      shape: 'dot' as const,
    }));
    const svg = mapToSvg([node('a', 0, 0)], [], { title: 't', details: [], legend });
    const [, minY, , height] = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/.exec(svg)!.slice(1).map(Number);
    const lastItemY = Math.max(
      ...[...svg.matchAll(/<g class="legend-item"><circle cx="[-\d.]+" cy="([-\d.]+)"/g)].map((m) => Number(m[1])),
    );
    expect(lastItemY).toBeLessThan(minY + height);
  });
});
