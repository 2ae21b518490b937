/**
 * Which actors get a name on the map, and on which side of the dot: a greedy placement by rank
 * (the caller ranks the selection, its neighbours and the hovered actor first, then by size) that
 * never lets two names overlap, nor a name cover a named actor's dot. The classic greedy point-label
 * heuristic with four candidate positions (Christensen, Marks & Shieber 1995), on a uniform grid so
 * each test looks only at nearby boxes. All measures are rendered pixels.
 */

export type LabelSide = 'bottom' | 'right' | 'top' | 'left' | 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
/** Tried in this order: below the dot reads best, then beside it, above it, then at its corners. */
export const LABEL_SIDES: readonly LabelSide[] = [
  'bottom',
  'right',
  'top',
  'left',
  'bottom-right',
  'top-right',
  'bottom-left',
  'top-left',
];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The dot's centre. */
  x: number;
  y: number;
  /** Half the dot's drawn size. */
  radius: number;
  /** Higher ranks are placed first. */
  rank: number;
}

export interface LabelSize {
  /** The text block. */
  width: number;
  height: number;
  /** Distance between the dot and the text. */
  offset: number;
  /** Room the renderer adds around the text box (its background padding and margin of error). */
  pad: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  /** Which of the candidate's measured shapes (see placeLabels' `measure`) was placed. */
  shape: number;
  /** The text box grown by its pad: what must not overlap another. */
  box: Box;
}

export interface PlacementOptions {
  /** The visible area; a name must fit inside it. */
  viewport: { width: number; height: number };
  /** Boxes nothing may overlap (tier names, gap labels). */
  obstacles?: readonly Box[];
  /** Space kept between two names. */
  gap?: number;
  /**
   * The dots of this many top-ranked candidates are kept clear of names from the start, so that a
   * name placed early does not cover a dot whose own name comes later.
   */
  reservedDots?: number;
}

const CELL = 64;

/** A uniform grid of boxes: each box is filed under every cell it touches. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  add(box: Box): void {
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }

  remove(box: Box): void {
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      const at = list?.indexOf(box) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    });
  }

  /** The boxes filed here that overlap the box. */
  overlapping(box: Box): Set<Box> {
    const found = new Set<Box>();
    this.forCells(box, (key) => {
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) found.add(other);
    });
    return found;
  }

  /** Whether the box overlaps one filed here (among those `counts` accepts). */
  hits(box: Box, counts: (other: Box) => boolean = () => true): boolean {
    let hit = false;
    this.forCells(box, (key) => {
      if (!hit) hit = this.cells.get(key)?.some((other) => overlaps(box, other) && counts(other)) ?? false;
    });
    return hit;
  }

  private forCells(box: Box, visit: (key: number) => void): void {
    const [cx1, cx2] = [Math.floor(box.x1 / CELL), Math.floor(box.x2 / CELL)];
    const [cy1, cy2] = [Math.floor(box.y1 / CELL), Math.floor(box.y2 / CELL)];
    for (let cx = cx1; cx <= cx2; cx += 1) for (let cy = cy1; cy <= cy2; cy += 1) visit(cx * 100_003 + cy);
  }
}

/** Whether two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The box of a name on one side of its dot, grown by its pad. */
export function labelBox(candidate: LabelCandidate, size: LabelSize, side: LabelSide): Box {
  const { x, y, radius } = candidate;
  const reach = radius + size.offset;
  const [vertical, horizontal] = side.includes('-') ? side.split('-') : [side, side];
  // Beside the dot horizontally (right, left, corners) or centred on it (bottom, top).
  const x1 = horizontal === 'right' ? x + reach : horizontal === 'left' ? x - reach - size.width : x - size.width / 2;
  // Corners sit off the dot's corner: the text starts where its box ends.
  const y1 =
    vertical === 'bottom'
      ? side === 'bottom'
        ? y + reach
        : y + radius
      : vertical === 'top'
        ? side === 'top'
          ? y - reach - size.height
          : y - radius - size.height
        : y - size.height / 2;
  return { x1: x1 - size.pad, y1: y1 - size.pad, x2: x1 + size.width + size.pad, y2: y1 + size.height + size.pad };
}

/**
 * Whether a box touches the round dot drawn in the square `dot` (the square's corners are free: names
 * may sit in them, which leaves much more room around large dots).
 */
export function touchesDot(box: Box, dot: Box): boolean {
  const r = (dot.x2 - dot.x1) / 2;
  const [cx, cy] = [dot.x1 + r, dot.y1 + r];
  const dx = Math.max(box.x1 - cx, 0, cx - box.x2);
  const dy = Math.max(box.y1 - cy, 0, cy - box.y2);
  return dx * dx + dy * dy < r * r;
}

const grow = (box: Box, by: number): Box => ({ x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by });

/**
 * Places names by rank: each candidate takes the first side whose box stays inside the viewport and
 * clear of the names and named dots placed before it, or goes unnamed. `measure` gives the shapes a
 * name may take (e.g. broken into short lines, then on one line), tried in order; it is called only
 * for candidates whose dot is not covered by a name already placed, so a crowded map measures few texts.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (candidate: LabelCandidate) => readonly LabelSize[],
  options: PlacementOptions,
): PlacedLabel[] {
  const gap = options.gap ?? 2;
  const { width, height } = options.viewport;
  const labels = new BoxGrid();
  const dots = new BoxGrid();
  for (const obstacle of options.obstacles ?? []) labels.add(obstacle);
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const dotOf = ({ x, y, radius }: LabelCandidate): Box => ({
    x1: x - radius,
    y1: y - radius,
    x2: x + radius,
    y2: y + radius,
  });
  const reserved = new BoxGrid();
  const reservedBy = new Map<Box, string>();
  const dotsBy = new Map<Box, string>();
  const reservedIds = new Set<string>();
  const reservedRank = new Map<Box, number>();
  const reservedCount = Math.min(options.reservedDots ?? 0, order.length);
  for (const candidate of order.slice(0, options.reservedDots ?? 0)) {
    const dot = dotOf(candidate);
    reserved.add(dot);
    reservedBy.set(dot, candidate.id);
    reservedRank.set(dot, reservedRank.size);
    reservedIds.add(candidate.id);
  }
  /** Names placed so far, by their spaced box (what the grid holds). */
  const owners = new Map<
    Box,
    { label: PlacedLabel; candidate: LabelCandidate; size: LabelSize; shapes: readonly LabelSize[] }
  >();
  /** The side's spaced box when it lies inside the view and clear of dots; null otherwise. */
  const sideBox = (candidate: LabelCandidate, size: LabelSize, side: LabelSide, mayCover = false): Box | null => {
    const box = labelBox(candidate, size, side);
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height) return null;
    const spaced = grow(box, gap / 2);
    const others = (other: Box) =>
      reservedBy.get(other) !== candidate.id && dotsBy.get(other) !== candidate.id && touchesDot(spaced, other);
    return dots.hits(spaced, others) || (!mayCover && reserved.hits(spaced, others)) ? null : spaced;
  };
  /** How many reserved dots (of actors still unnamed) the box covers. */
  /** What covering reserved dots costs: the higher the rank of a covered dot's actor, the more. */
  const covered = (spaced: Box, id: string) =>
    [...reserved.overlapping(spaced)]
      .filter((other) => reservedBy.get(other) !== id && touchesDot(spaced, other))
      .reduce((cost, other) => cost + reservedCount - reservedRank.get(other)!, 0);
  const file = (
    candidate: LabelCandidate,
    shapes: readonly LabelSize[],
    shape: number,
    side: LabelSide,
    spaced: Box,
    dot: Box | null,
  ) => {
    const label = { id: candidate.id, side, shape, box: grow(spaced, -gap / 2) };
    labels.add(spaced);
    if (dot) {
      dots.add(dot);
      dotsBy.set(dot, candidate.id);
    }
    owners.set(spaced, { label, candidate, size: shapes[shape]!, shapes });
    return label;
  };
  /**
   * Moves placed names (taken out of the grid by the caller) each to a free place that `fits`:
   * another side of its shape, else, with `shrink`, a shorter shape of its name on any side (a long
   * name packed into lines makes way for a name ranked below it rather than leave that one out).
   * All or nothing: when one has nowhere to go, the names are put back as they were.
   */
  const relocate = (
    names: readonly Box[],
    fits: (moved: Box) => boolean,
    mayCover: boolean,
    shrink: boolean,
  ): boolean => {
    const moves: Array<[Box, Box, LabelSide, number]> = [];
    for (const name of names) {
      const owner = owners.get(name)!;
      let found: [Box, LabelSide, number] | null = null;
      const last = shrink ? owner.shapes.length - 1 : owner.label.shape;
      for (let shape = owner.label.shape; shape <= last && !found; shape += 1)
        for (const side of LABEL_SIDES) {
          if (shape === owner.label.shape && side === owner.label.side) continue;
          const moved = sideBox(owner.candidate, owner.shapes[shape]!, side, mayCover);
          if (moved !== null && fits(moved) && !labels.hits(moved)) {
            found = [moved, side, shape];
            break;
          }
        }
      if (!found) break;
      labels.add(found[0]);
      moves.push([name, ...found]);
    }
    if (moves.length < names.length) {
      for (const [, moved] of moves) labels.remove(moved);
      for (const name of names) labels.add(name);
      return false;
    }
    for (const [name, moved, side, shape] of moves) {
      const owner = owners.get(name)!;
      labels.remove(moved);
      owners.delete(name);
      placed[placed.indexOf(owner.label)] = file(owner.candidate, owner.shapes, shape, side, moved, null);
    }
    return true;
  };
  /**
   * When one or two names block a side, they move to other sides of theirs if those are free (the
   * repositioning step of the same paper's local search); otherwise nothing changes.
   */
  const moveBlockers = (spaced: Box, mayCover: boolean, shrink: boolean): boolean => {
    const blockers = [...labels.overlapping(spaced)];
    if (blockers.length > 2 || blockers.some((blocker) => !owners.has(blocker))) return false;
    for (const blocker of blockers) labels.remove(blocker);
    return relocate(blockers, (moved) => !overlaps(moved, spaced), mayCover, shrink);
  };
  /**
   * The side for a name: a free one; else, with `repair`, one freed by moving one or two names (to
   * other sides of theirs; with 'shrink', to shorter shapes too). With `mayCover`,
   * reserved dots do not count, and among the free sides the one covering the fewest of them wins: a
   * reserved dot is kept for an actor ranked lower (those ranked higher are placed or failed already).
   */
  const placeOne = (
    candidate: LabelCandidate,
    size: LabelSize,
    mayCover: boolean,
    repair: false | 'move' | 'shrink',
  ): readonly [LabelSide, Box] | null => {
    const sides = LABEL_SIDES.map((side) => [side, sideBox(candidate, size, side, mayCover)] as const).filter(
      (entry): entry is readonly [LabelSide, Box] => entry[1] !== null,
    );
    const cost = (box: Box) => (mayCover ? covered(box, candidate.id) : 0);
    const free = sides.filter(([, box]) => !labels.hits(box)).sort((a, b) => cost(a[1]) - cost(b[1]));
    if (free[0] || !repair) return free[0] ?? null;
    const ordered = [...sides].sort((a, b) => cost(a[1]) - cost(b[1]));
    return ordered.find(([, box]) => moveBlockers(box, mayCover, repair === 'shrink') && !labels.hits(box)) ?? null;
  };
  /**
   * Where covering reserved dots is unavoidable: the free side, of any shape, that costs least (the
   * first shape on a tie). Taking the first shape that fits instead would let a long name cover a
   * high-ranked neighbour's dot where its short form covers only a lower-ranked one.
   */
  const cheapestFree = (candidate: LabelCandidate, shapes: readonly LabelSize[]) => {
    let best: { shape: number; side: LabelSide; box: Box; cost: number } | null = null;
    shapes.forEach((size, shape) => {
      for (const side of LABEL_SIDES) {
        const box = sideBox(candidate, size, side, true);
        if (!box || labels.hits(box)) continue;
        const cost = covered(box, candidate.id);
        if (!best || cost < best.cost) best = { shape, side, box, cost };
      }
    });
    return best as { shape: number; side: LabelSide; box: Box; cost: number } | null;
  };
  /**
   * Moves the names over a reserved actor's dot to other sides of theirs, clear of it: a name placed
   * earlier may cover it, its cost reckoned when that actor was still to be named (see cheapestFree).
   * Fails, changing nothing, when an obstacle covers the dot or a name has nowhere else to go.
   */
  const uncover = (dot: Box): boolean => {
    const covering = [...labels.overlapping(dot)].filter((name) => touchesDot(name, dot));
    if (covering.some((name) => !owners.has(name))) return false;
    for (const name of covering) labels.remove(name);
    const clear = (moved: Box) => !touchesDot(moved, dot);
    if (relocate(covering, clear, true, false)) return true;
    for (const name of covering) labels.remove(name);
    return relocate(covering, clear, true, true);
  };
  for (const candidate of order) {
    const dot = dotOf(candidate);
    // A dot under another name could not be told apart from its own name: a reserved actor's may be
    // uncovered by moving that name, the others go unnamed.
    if (labels.hits(dot, (name) => touchesDot(name, dot)) && !(reservedIds.has(candidate.id) && uncover(dot))) continue;
    const shapes = measure(candidate);
    // The reserved (first-ranked) actors get the costlier tries: moving names, covering reserved dots.
    const first = reservedIds.has(candidate.id);
    // Each shape without covering a reserved dot first (moving names if need be).
    const found = shapes.find((size, shape) => {
      const label = placeOne(candidate, size, false, first && 'move');
      if (label) placed.push(file(candidate, shapes, shape, label[0], label[1], dot));
      return label !== null;
    });
    if (found || !first) continue;
    // Then covering the least: a free side of any shape, else one freed by moving names.
    const cheapest = cheapestFree(candidate, shapes);
    if (cheapest) {
      placed.push(file(candidate, shapes, cheapest.shape, cheapest.side, cheapest.box, dot));
      continue;
    }
    // Last, names ranked above it may move to a shorter shape to make room; first without covering
    // a reserved dot, then covering one.
    for (const [mayCover, repair] of [
      [true, 'move'],
      [false, 'shrink'],
      [true, 'shrink'],
    ] as const) {
      const named = shapes.some((size, shape) => {
        const label = placeOne(candidate, size, mayCover, repair);
        if (label) placed.push(file(candidate, shapes, shape, label[0], label[1], dot));
        return label !== null;
      });
      if (named) break;
    }
  }
  return placed;
}
