/**
 * The force step of the tier layout: a force-directed relaxation in which every actor stays inside
 * its own tier band. Four forces move an actor at each iteration:
 *
 * - **Pull to its partners**: towards the mean position of the actors it has relations with. Across
 *   bands only the horizontal part acts (an actor moves under its partners in other tiers); inside a
 *   band both parts do. Taking the mean rather than the sum keeps a hub from collapsing onto its many
 *   partners (the degree normalisation of ForceAtlas2's "dissuade hubs", Jacomy et al. 2014).
 * - **Push from its neighbours in the band**: k²/d from every actor of the same band closer than
 *   REACH·k (Fruchterman & Reingold 1991, with a cut-off), found through a grid of cells, so that an
 *   iteration is linear in actors plus relations. The push of a pair is shared in inverse proportion
 *   to their number of relations plus one (their mass, as in ForceAtlas2), so a hub's partners make
 *   room around it rather than push it against the edge of its band.
 * - **Spread across the band** (x): towards the actor's place if its band's actors were spread evenly
 *   across the width in their current order, a long-range push from crowded to empty stretches.
 * - **Back to its row** (y): a weak spring to the row the ordered rows put it in.
 *
 * Each move is capped by a temperature that cools linearly, and clamped to the band's box. At the end
 * all x are stretched together (by at most MAX_STRETCH) when the map contracted towards its middle.
 * Everything is visited by index, so the result is the same for the same input arrays (the caller
 * orders them).
 */

/** The box an actor must stay in: its band's rows, across the layout's width. */
export interface BandBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface BandForceInput {
  /** Positions: the anchors on input, the relaxed positions on return (moved in place). */
  xs: Float64Array;
  ys: Float64Array;
  /** Each actor's band (an index into boxes). */
  band: Int32Array;
  boxes: readonly BandBox[];
  /** Relations as index pairs: [source0, target0, source1, target1, …]. */
  ends: Int32Array;
  /** The distance two actors of a band settle at when nothing else acts on them (k). */
  distance: number;
  /**
   * Each actor's drawn diameter, if they differ: two actors push each other as if k were the mean of
   * their diameters when that is larger (capped at 0.75·REACH·k), so big actors get more room.
   */
  diameters?: Float64Array;
  iterations: number;
}

/** Repulsion reaches this many ideal distances; beyond it two actors ignore each other. */
const REACH = 2;
/** How far an actor moves towards the mean of its partners per iteration (before the cap). */
const PARTNER_PULL = 0.5;
/** How far an actor moves back towards its row per iteration. */
const ANCHOR_PULL = 0.08;
/** How far an actor moves towards its place in an even spread of its band, in the band's current order. */
const SPREAD_PULL = 0.3;
/**
 * The push acts less across the rows than along them: a band is much wider than tall, and a full
 * push piles actors against its top and bottom edges.
 */
const VERTICAL_PUSH = 0.4;
/** The most the final stretch widens the map. */
const MAX_STRETCH = 1.5;
/** Below this squared distance two actors count as on top of each other. */
const TOUCHING = 1e-3;

export function relaxInBands(input: BandForceInput): void {
  const { xs, ys, band, boxes, ends, distance: k, iterations, diameters } = input;
  const n = xs.length;
  if (!(k > 0) || !Number.isFinite(k)) throw new RangeError(`distance must be a positive number, not ${k}`);
  if (n === 0 || iterations <= 0) return;
  const anchorY = Float64Array.from(ys);
  const partners = new Float64Array(n);
  const sameBandPartners = new Float64Array(n);
  for (let e = 0; e + 1 < ends.length; e += 2) {
    const u = ends[e]!;
    const v = ends[e + 1]!;
    if (u === v) continue;
    partners[u]! += 1;
    partners[v]! += 1;
    if (band[u] !== band[v]) continue;
    sameBandPartners[u]! += 1;
    sameBandPartners[v]! += 1;
  }
  const sumX = new Float64Array(n);
  const sumY = new Float64Array(n);
  const pushX = new Float64Array(n);
  const pushY = new Float64Array(n);
  // Cells at least as wide as the reach; wider when the actors are spread over a huge area, so that
  // the grid never has more than about 4 cells per actor.
  const grid = new CellGrid(n, Math.max(k * REACH, Math.sqrt(boxesArea(boxes) / (4 * n))));
  const reach2 = (k * REACH) ** 2;
  const spreadX = new Float64Array(n);
  const members0 = boxes.map((_, b) => Int32Array.from(indicesOf(band, b)));
  let temperature = k * 2;
  const cooling = (temperature - 1) / iterations;

  for (let iteration = 0; iteration < iterations; iteration++) {
    // Partners: sums of the offsets to them, averaged below.
    sumX.fill(0);
    sumY.fill(0);
    for (let e = 0; e + 1 < ends.length; e += 2) {
      const u = ends[e]!;
      const v = ends[e + 1]!;
      if (u === v) continue;
      const dx = xs[v]! - xs[u]!;
      sumX[u]! += dx;
      sumX[v]! -= dx;
      if (band[u] === band[v]) {
        const dy = ys[v]! - ys[u]!;
        sumY[u]! += dy;
        sumY[v]! -= dy;
      }
    }

    // Neighbours in the band: each pair once, from its lower index.
    pushX.fill(0);
    pushY.fill(0);
    grid.fill(xs, ys);
    const { starts, members, columns, rows } = grid;
    for (let i = 0; i < n; i++) {
      const column = grid.columnOf(xs[i]!);
      const row = grid.rowOf(ys[i]!);
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
          const cell = r * columns + c;
          for (let m = starts[cell]!; m < starts[cell + 1]!; m++) {
            const j = members[m]!;
            if (j <= i || band[j] !== band[i]) continue;
            let dx = xs[i]! - xs[j]!;
            let dy = ys[i]! - ys[j]!;
            let d2 = dx * dx + dy * dy;
            if (d2 >= reach2) continue;
            if (d2 < TOUCHING) {
              const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
              dx = Math.cos(angle) * 0.1;
              dy = Math.sin(angle) * 0.1;
              d2 = 0.01;
            }
            const kij = diameters ? Math.min(Math.max(k, (diameters[i]! + diameters[j]!) / 2), REACH * k * 0.75) : k;
            const push = ((kij * kij) / d2) * (1 - d2 / reach2); // k²/d along (dx, dy)/d, fading to 0 at the reach
            // The lighter actor of the pair takes more of the push (a hub barely moves for a leaf).
            const share = 2 / (partners[i]! + partners[j]! + 2);
            const onI = push * share * (partners[j]! + 1);
            const onJ = push * share * (partners[i]! + 1);
            pushX[i]! += dx * onI;
            pushY[i]! += dy * onI * VERTICAL_PUSH;
            pushX[j]! -= dx * onJ;
            pushY[j]! -= dy * onJ * VERTICAL_PUSH;
          }
        }
      }
    }

    spreadAcross(xs, members0, boxes, spreadX);

    // Move each actor by at most the temperature, inside its band's box.
    for (let i = 0; i < n; i++) {
      const moveX =
        (partners[i]! ? (PARTNER_PULL * sumX[i]!) / partners[i]! : 0) +
        SPREAD_PULL * (spreadX[i]! - xs[i]!) +
        pushX[i]!;
      const moveY =
        (sameBandPartners[i]! ? (PARTNER_PULL * sumY[i]!) / sameBandPartners[i]! : 0) +
        ANCHOR_PULL * (anchorY[i]! - ys[i]!) +
        pushY[i]!;
      const length = Math.sqrt(moveX * moveX + moveY * moveY);
      if (length === 0) continue;
      const step = Math.min(length, temperature) / length;
      const box = boxes[band[i]!]!;
      xs[i] = clamp(xs[i]! + moveX * step, box.minX, box.maxX);
      ys[i] = clamp(ys[i]! + moveY * step, box.minY, box.maxY);
    }
    temperature -= cooling;
  }
  fillWidth(xs, band, boxes);
}

/**
 * Stretches all x together, by at most MAX_STRETCH, so that the actors span more of the boxes' width
 * again: a well-connected map contracts towards its middle, and one stretch for every band keeps
 * actors under their partners. Each actor stays inside its own box.
 */
function fillWidth(xs: Float64Array, band: Int32Array, boxes: readonly BandBox[]): void {
  const minX = Math.min(...boxes.map((box) => box.minX));
  const maxX = Math.max(...boxes.map((box) => box.maxX));
  let low = Infinity;
  let high = -Infinity;
  for (const x of xs) {
    low = Math.min(low, x);
    high = Math.max(high, x);
  }
  if (!(high - low > 1)) return;
  const scale = Math.min(MAX_STRETCH, (maxX - minX) / (high - low));
  if (scale <= 1) return;
  const middle = (low + high) / 2;
  const centre = (minX + maxX) / 2;
  for (let i = 0; i < xs.length; i++) {
    const box = boxes[band[i]!]!;
    xs[i] = clamp(centre + (xs[i]! - middle) * scale, box.minX, box.maxX);
  }
}

const boxesArea = (boxes: readonly BandBox[]) =>
  boxes.reduce((area, box) => area + Math.max(1, box.maxX - box.minX) * Math.max(1, box.maxY - box.minY), 0);

function* indicesOf(band: Int32Array, which: number): Generator<number> {
  for (let i = 0; i < band.length; i++) if (band[i] === which) yield i;
}

/**
 * Where each actor would be if its band's actors were spread evenly across the band's width in their
 * current order: a long-range push from crowded to empty stretches of the band, at the cost of a sort.
 */
function spreadAcross(
  xs: Float64Array,
  members: readonly Int32Array[],
  boxes: readonly BandBox[],
  spreadX: Float64Array,
): void {
  members.forEach((ids, b) => {
    const { minX, maxX } = boxes[b]!;
    ids.sort((i, j) => xs[i]! - xs[j]! || i - j);
    ids.forEach((i, rank) => {
      spreadX[i] = minX + ((rank + 0.5) / ids.length) * (maxX - minX);
    });
  });
}

const clamp = (value: number, low: number, high: number) => (value < low ? low : value > high ? high : value);

/**
 * A uniform grid of square cells over the plane, rebuilt each iteration by counting sort: the actors
 * of cell c are members[starts[c]] … members[starts[c + 1] - 1], in index order.
 */
class CellGrid {
  starts = new Int32Array(1);
  readonly members: Int32Array;
  columns = 1;
  rows = 1;
  private readonly cellOf: Int32Array;
  private originX = 0;
  private originY = 0;

  constructor(
    size: number,
    private readonly cell: number,
  ) {
    this.cellOf = new Int32Array(size);
    this.members = new Int32Array(size);
  }

  columnOf(x: number): number {
    return Math.floor((x - this.originX) / this.cell);
  }

  rowOf(y: number): number {
    return Math.floor((y - this.originY) / this.cell);
  }

  fill(xs: Float64Array, ys: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    this.originX = minX;
    this.originY = minY;
    this.columns = this.columnOf(maxX) + 1;
    this.rows = this.rowOf(maxY) + 1;
    const cells = this.columns * this.rows;
    if (this.starts.length < cells + 1) this.starts = new Int32Array(cells + 1);
    const starts = this.starts;
    starts.fill(0, 0, cells + 1);
    for (let i = 0; i < xs.length; i++) {
      const c = this.rowOf(ys[i]!) * this.columns + this.columnOf(xs[i]!);
      this.cellOf[i] = c;
      starts[c + 1]! += 1;
    }
    for (let c = 0; c < cells; c++) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, cells);
    for (let i = 0; i < xs.length; i++) this.members[next[this.cellOf[i]!]!++] = i;
  }
}
