import {
  labelBox,
  overlaps,
  placeLabels,
  touchesDot,
  type LabelCandidate,
  type LabelSize,
} from '../../../web/src/map/label-placement';
import { labelForms, wrapLabel } from '../../../web/src/map/label-text';

const size = (width: number, height = 12): LabelSize => ({ width, height, offset: 2, pad: 1 });
const dot = (id: string, x: number, y: number, rank: number, radius = 5): LabelCandidate => ({
  id,
  x,
  y,
  radius,
  rank,
});
const viewport = { width: 1000, height: 800 };

describe('placeLabels', () => {
  it('names actors far apart below their dots', () => {
    const placed = placeLabels([dot('a', 100, 100, 1), dot('b', 400, 400, 2)], () => [size(60)], { viewport });
    expect(placed.map((label) => [label.id, label.side]).sort()).toEqual([
      ['a', 'bottom'],
      ['b', 'bottom'],
    ]);
    // Below the dot: centred on it, starting under its radius plus the offset, grown by the pad.
    expect(placed.find((label) => label.id === 'a')!.box).toEqual({ x1: 69, y1: 106, x2: 131, y2: 120 });
  });

  it("keeps a reserved dot clear: the first name goes to another side rather than cover the second's dot", () => {
    // b sits right below a: a's name below would cover b's dot, so it goes elsewhere; b keeps its own.
    const candidates = [dot('a', 200, 200, 2), dot('b', 200, 222, 1)];
    const unreserved = placeLabels(candidates, () => [size(60)], { viewport });
    expect(unreserved.map((label) => label.id)).toEqual(['a']);
    const placed = placeLabels(candidates, () => [size(60)], { viewport, reservedDots: 2 });
    expect(placed).toHaveLength(2);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    const a = placed.find((label) => label.id === 'a')!;
    expect(a.side).not.toBe('bottom');
  });

  it("covers the lowest-ranked reserved dot it must, in whichever shape: never a neighbour's for a longer form", () => {
    // a is boxed in: every place for its name covers b's dot (just below) or c's (just right). Its
    // short form fits right of it over c's dot only; its long form covers b's wherever it goes.
    const candidates = [dot('a', 500, 400, 3), dot('b', 508, 422, 2), dot('c', 540, 400, 1)];
    const obstacles = [
      { x1: 400, y1: 300, x2: 600, y2: 392 },
      { x1: 400, y1: 380, x2: 494, y2: 440 },
    ];
    const shapes = (candidate: LabelCandidate) => (candidate.id === 'a' ? [size(60, 36), size(40, 12)] : [size(30)]);
    const placed = placeLabels(candidates, shapes, { viewport, obstacles, reservedDots: 3 });
    expect(placed.find((label) => label.id === 'a')).toMatchObject({ shape: 1, side: 'right' });
    expect(placed.map((label) => label.id).sort()).toEqual(['a', 'b']);
    for (const label of placed) for (const obstacle of obstacles) expect(overlaps(label.box, obstacle)).toBe(false);
  });

  it('moves a name off a reserved dot it covers when the actor it was kept clear for went unnamed', () => {
    // a's name fits below it (over b's dot) or right of it (over x's dot); x ranks above b, so covering
    // b's looked cheaper. But x goes unnamed (a marker lies on its dot): a's name moves right, b is named.
    const candidates = [dot('a', 500, 400, 3), dot('x', 552, 400, 2), dot('b', 500, 424, 1)];
    const obstacles = [
      { x1: 400, y1: 300, x2: 600, y2: 390 },
      { x1: 400, y1: 390, x2: 477, y2: 450 },
      { x1: 550, y1: 398, x2: 554, y2: 402 },
    ];
    const shapes = (candidate: LabelCandidate) => (candidate.id === 'a' ? [size(40, 12)] : [size(30)]);
    const placed = placeLabels(candidates, shapes, { viewport, obstacles, reservedDots: 3 });
    expect(placed.map((label) => label.id).sort()).toEqual(['a', 'b']);
    expect(placed.find((label) => label.id === 'a')!.side).toBe('right');
    for (let i = 0; i < placed.length; i += 1) {
      for (const obstacle of obstacles) expect(overlaps(placed[i]!.box, obstacle)).toBe(false);
      for (let j = i + 1; j < placed.length; j += 1) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
    }
  });

  it('names the higher rank first when only one name fits', () => {
    // Three dots in a row, a few pixels apart: the long names cannot all fit around them.
    const candidates = [dot('low', 300, 300, 1), dot('high', 306, 300, 9), dot('mid', 312, 300, 5)];
    const placed = placeLabels(candidates, () => [size(400, 300)], { viewport });
    expect(placed.map((label) => label.id)).toEqual(['high']);
  });

  it('never places a name outside the view nor over an obstacle', () => {
    const obstacle = { x1: 0, y1: 0, x2: 1000, y2: 60 };
    const placed = placeLabels([dot('edge', 995, 50, 1), dot('under', 500, 40, 1)], () => [size(60)], {
      viewport,
      obstacles: [obstacle],
    });
    for (const label of placed) {
      expect(label.box.x1).toBeGreaterThanOrEqual(0);
      expect(label.box.x2).toBeLessThanOrEqual(1000);
      expect(overlaps(label.box, obstacle)).toBe(false);
    }
    expect(placed.map((label) => label.id)).not.toContain('under');
  });

  it('leaves no two names overlapping on a dense random map, and names more when there is more room', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const candidates = Array.from({ length: 400 }, (_, index) =>
      dot(`n${index}`, random() * 1000, random() * 800, random() * 100, 3 + random() * 8),
    );
    const measure = (candidate: LabelCandidate) => [size(40 + (Number(candidate.id.slice(1)) % 7) * 12)];
    const placed = placeLabels(candidates, measure, { viewport, reservedDots: 40 });
    let overlapping = 0;
    for (let i = 0; i < placed.length; i += 1)
      for (let j = i + 1; j < placed.length; j += 1) if (overlaps(placed[i]!.box, placed[j]!.box)) overlapping += 1;
    expect(overlapping).toBe(0);
    expect(placed.length).toBeGreaterThan(50);
    // Twice the zoom: the same actors twice as far apart, names the same size.
    const spread = candidates.map((candidate) => ({ ...candidate, x: candidate.x * 2, y: candidate.y * 2 }));
    const wider = placeLabels(spread, measure, { viewport: { width: 2000, height: 1600 }, reservedDots: 40 });
    expect(wider.length).toBeGreaterThan(placed.length);
    // The first-ranked are named before the rest.
    const top = [...candidates].sort((a, b) => b.rank - a.rank).slice(0, 10);
    const named = new Set(placed.map((label) => label.id));
    expect(top.filter((candidate) => named.has(candidate.id)).length).toBeGreaterThanOrEqual(8);
  });

  it('shortens a higher-ranked name packed into lines when that is the only way to name a reserved actor beside it', () => {
    // b, at the left edge, has only its sides below and right of its dot left (an obstacle above);
    // a's long name fits only below a, packed into three lines, and there it blocks all of them. On
    // one short line below a, it leaves room below b.
    const candidates = [dot('a', 100, 400, 2), dot('b', 30, 400, 1)];
    const obstacles = [
      { x1: 0, y1: 370, x2: 60, y2: 394 },
      { x1: 165, y1: 300, x2: 400, y2: 500 },
    ];
    const shapes = (candidate: LabelCandidate) => (candidate.id === 'a' ? [size(120, 36), size(40, 12)] : [size(40)]);
    // Only the first-ranked actors get the repairs: without them, b goes unnamed.
    expect(placeLabels(candidates, shapes, { viewport, obstacles }).map((label) => label.id)).toEqual(['a']);
    const placed = placeLabels(candidates, shapes, { viewport, obstacles, reservedDots: 2 });
    expect(placed.map((label) => [label.id, label.shape, label.side]).sort()).toEqual([
      ['a', 1, 'bottom'],
      ['b', 0, 'bottom'],
    ]);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    for (const label of placed) for (const obstacle of obstacles) expect(overlaps(label.box, obstacle)).toBe(false);
  });

  it('tries the next shape of a name when the first does not fit', () => {
    // A strip 40 px high: a name on three lines fits nowhere, the same name on one line below it.
    const placed = placeLabels([dot('x', 500, 20, 1)], () => [size(40, 40), size(120, 12)], {
      viewport: { width: 1000, height: 40 },
    });
    expect(placed.map((label) => [label.shape, label.side])).toEqual([[1, 'bottom']]);
  });
});

describe('labelBox', () => {
  it('puts a right-side name beside the dot, centred vertically', () => {
    expect(labelBox(dot('a', 100, 100, 1), size(50, 10), 'right')).toEqual({ x1: 106, y1: 94, x2: 158, y2: 106 });
  });
});

describe('touchesDot', () => {
  it("lets a box sit in a corner of a round dot's square, not on the dot", () => {
    const dot = { x1: 0, y1: 0, x2: 20, y2: 20 };
    expect(touchesDot({ x1: 18, y1: 18, x2: 40, y2: 40 }, dot)).toBe(false);
    expect(touchesDot({ x1: 15, y1: 15, x2: 40, y2: 40 }, dot)).toBe(true);
    expect(touchesDot({ x1: 19, y1: 5, x2: 40, y2: 8 }, dot)).toBe(true);
  });
});

describe('wrapLabel', () => {
  it('breaks a long name at words into short lines, keeping a badge line', () => {
    expect(wrapLabel('Joint Migration and Development Initiative', 18)).toBe(
      'Joint Migration\nand Development\nInitiative',
    );
    expect(wrapLabel('City of Athens\n+3 more')).toBe('City of Athens\n+3 more');
  });

  it('shortens a name longer than its lines with an ellipsis', () => {
    const wrapped = wrapLabel('Forum des Organisations de Solidarité Internationale issues des Migrations', 18, 3);
    expect(wrapped.split('\n')).toHaveLength(3);
    expect(wrapped.endsWith('…')).toBe(true);
  });
});

describe('labelForms', () => {
  const name = 'United States Agency for International Development';

  it('tries the name on lines, on one line, then its short name before a cut one', () => {
    expect(labelForms(wrapLabel(name), name, 'USAID')).toEqual([wrapLabel(name), 'USAID']);
    expect(labelForms(wrapLabel(name), name, null)).toEqual([wrapLabel(name), 'United State…']);
    const medium = 'Social Change Initiative';
    expect(labelForms(wrapLabel(medium), medium, 'SCI')).toEqual([wrapLabel(medium), medium, 'SCI']);
  });

  it('keeps the cut name when it is shorter than the short name, and adds nothing to a short name', () => {
    const long = 'Global Exchange on Migration and Diversity';
    expect(labelForms(wrapLabel(long), long, 'Global Exchange')).toEqual([
      wrapLabel(long),
      'Global Exchange',
      'Global Excha…',
    ]);
    expect(labelForms('Eurodiaconia', 'Eurodiaconia', null)).toEqual(['Eurodiaconia']);
    expect(labelForms('', '', 'X')).toEqual([]);
  });
});
