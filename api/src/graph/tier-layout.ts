import { actorDiameter, relativeSizeByTies } from './actor-size';
import { relaxInBands } from './band-forces';
import { TIERS, type Sector, type Tier } from '../domain/vocabulary';

export interface Point {
  x: number;
  y: number;
}

/** Where each band sits: its top, height and the y of its label. */
export interface Band {
  tier: Tier;
  top: number;
  height: number;
}

export interface TierLayout {
  positions: Map<string, Point>;
  bands: Band[];
  width: number;
}

/**
 * What the layout reads of an actor and of a relation: all the web client's layout worker is sent, and
 * what the API's `mapGraph` lays out (the same code in both, so a layout from either is the same).
 */
export interface LayoutActor {
  id: string;
  name: string;
  tier: Tier;
  sector: Sector;
  country: string | null;
}
export interface LayoutRelation {
  sourceId: string;
  targetId: string;
}

/** The bands from top to bottom: global at the top. */
const BANDS_TOP_DOWN: readonly Tier[] = [...TIERS].reverse();

const SPACING = 62;
const ROW_HEIGHT = 58;
const BAND_GAP = 56;
const SWEEPS = 4;

/**
 * A deterministic tier-band layout in two steps. First y by tier band (global at the top) and x inside
 * each band ordered by the barycentre of each actor's neighbours (Sugiyama-style sweeps), wrapped into
 * rows when a band is wide. Then a force step from those rows (band-forces.ts): related actors draw
 * together, actors of a band push apart, and each stays inside its band. Both steps are linear in
 * actors plus relations per sweep or iteration; big maps get fewer iterations (forceIterations).
 * `forces: false` stops after the rows: for a provisional layout of part of a map, soon replaced.
 */
export function computeTierLayout(
  actors: readonly LayoutActor[],
  relations: readonly LayoutRelation[],
  { forces = true }: { forces?: boolean } = {},
): TierLayout {
  const neighbours = new Map<string, string[]>();
  for (const actor of actors) neighbours.set(actor.id, []);
  for (const relation of relations) {
    neighbours.get(relation.sourceId)?.push(relation.targetId);
    neighbours.get(relation.targetId)?.push(relation.sourceId);
  }
  // In id order, so that the barycentre sums below add up in the same order whatever order the
  // relations came in (a last-bit difference would otherwise reorder actors with equal keys).
  for (const list of neighbours.values()) list.sort();
  const byTier = new Map<Tier, LayoutActor[]>(BANDS_TOP_DOWN.map((tier) => [tier, []]));
  const sorted = [...actors].sort(
    (a, b) =>
      (a.country ?? '~').localeCompare(b.country ?? '~') ||
      a.sector.localeCompare(b.sector) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  for (const actor of sorted) byTier.get(actor.tier)?.push(actor);

  const { width, perRow, bands } = bandGeometry(actors);
  const rank = new Map<string, number>();
  const assignRanks = () => {
    for (const band of byTier.values())
      band.forEach((actor, i) => rank.set(actor.id, i / Math.max(1, band.length - 1)));
  };
  assignRanks();
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    for (const band of byTier.values()) {
      const key = new Map<string, number>();
      for (const actor of band) {
        const around = neighbours.get(actor.id) ?? [];
        const own = rank.get(actor.id) ?? 0;
        key.set(
          actor.id,
          around.length ? around.reduce((sum, id) => sum + (rank.get(id) ?? own), own) / (around.length + 1) : own,
        );
      }
      band.sort((a, b) => key.get(a.id)! - key.get(b.id)! || a.id.localeCompare(b.id));
    }
    assignRanks();
  }

  const positions = new Map<string, Point>();
  /** Each placed actor's band (its index in `bands`): actors of a tier without a band are not placed. */
  const bandOf = new Map<string, number>();
  bands.forEach(({ tier, top }, bandIndex) => {
    const band = byTier.get(tier) ?? [];
    const rows = rowsOf(band.length, perRow);
    band.forEach((actor, i) => {
      const row = i % rows;
      const column = Math.floor(i / rows);
      const columns = Math.ceil(band.length / rows);
      const step = width / Math.max(1, columns);
      positions.set(actor.id, {
        x: step * (column + 0.5) + (row % 2) * (step / 2.5),
        y: top + 15 + ROW_HEIGHT * (row + 0.5),
      });
      bandOf.set(actor.id, bandIndex);
    });
  });
  const ties = (id: string) => neighbours.get(id)?.length ?? 0;
  if (forces) relax(positions, bandOf, ties, relations, bands, width);
  return { positions, bands, width };
}

/**
 * The force step: from the ordered rows, related actors are drawn together and actors of a band
 * pushed apart, each staying inside its band (band-forces.ts). Only placed actors take part (`bandOf`),
 * sized by their number of ties as the map draws them. Actors and relations go in by id, so the result
 * does not depend on the order they came in.
 */
function relax(
  positions: Map<string, Point>,
  bandOf: ReadonlyMap<string, number>,
  ties: (id: string) => number,
  relations: readonly LayoutRelation[],
  bands: readonly Band[],
  width: number,
): void {
  const ids = [...bandOf.keys()].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const xs = Float64Array.from(ids, (id) => positions.get(id)!.x);
  const ys = Float64Array.from(ids, (id) => positions.get(id)!.y);
  const band = Int32Array.from(ids, (id) => bandOf.get(id)!);
  const diameters = Float64Array.from(ids, (id) => actorDiameter(relativeSizeByTies(ties(id))));
  const pairs = relations
    .map((relation) => [indexOf.get(relation.sourceId), indexOf.get(relation.targetId)] as const)
    .filter((pair): pair is readonly [number, number] => pair[0] !== undefined && pair[1] !== undefined)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]))
    .sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
  const boxes = bands.map(({ top, height }) => ({
    minX: SPACING * 0.4,
    maxX: width - SPACING * 0.4,
    minY: top + 15 + ROW_HEIGHT * 0.5,
    maxY: Math.max(top + 15 + ROW_HEIGHT * 0.5, top + height - 15 - ROW_HEIGHT * 0.5),
  }));
  relaxInBands({
    xs,
    ys,
    band,
    boxes,
    ends: Int32Array.from(pairs.flat()),
    distance: SPACING * 0.6,
    diameters,
    iterations: forceIterations(ids.length),
  });
  ids.forEach((id, i) => positions.set(id, { x: xs[i]!, y: ys[i]! }));
}

/**
 * Iterations of the force step: 120 up to 2,000 actors, then fewer (240,000 / actors), and 30 from
 * 8,000 on, so that the worker's time grows linearly but slowly on big maps (about 1.5 s at 20,000).
 */
const forceIterations = (actors: number) => Math.round(Math.min(120, Math.max(30, 240_000 / Math.max(1, actors))));

const rowsOf = (members: number, perRow: number) => Math.max(1, Math.ceil(members / perRow));

/**
 * The bands of the layout (one per tier, global at the top, each as tall as its rows of actors need)
 * and its width: they depend only on how many actors each tier holds.
 */
function bandGeometry(actors: readonly Pick<LayoutActor, 'tier'>[]): { width: number; perRow: number; bands: Band[] } {
  const width = Math.max(900, Math.ceil(Math.sqrt(actors.length)) * SPACING * 1.15);
  const perRow = Math.max(8, Math.floor(width / SPACING));
  const counts = new Map<Tier, number>();
  for (const actor of actors) counts.set(actor.tier, (counts.get(actor.tier) ?? 0) + 1);
  const bands: Band[] = [];
  let top = 0;
  for (const tier of BANDS_TOP_DOWN) {
    const height = rowsOf(counts.get(tier) ?? 0, perRow) * ROW_HEIGHT + 30;
    bands.push({ tier, top, height });
    top += height + BAND_GAP;
  }
  return { width, perRow, bands };
}

/**
 * The layout's bands and width without positions: what an aggregated map needs (its aggregates sit
 * by band and sector), computed at once on the main thread rather than waiting for the worker. It
 * equals computeTierLayout's for the same actors, so the aggregates do not move when positions come.
 */
export function bandLayout(actors: readonly Pick<LayoutActor, 'tier'>[]): TierLayout {
  const { width, bands } = bandGeometry(actors);
  return { positions: new Map(), bands, width };
}

/**
 * Where an actor the layout does not know yet (it arrived after the layout was computed) is drawn:
 * inside its tier band, at a spot derived from its id so that it does not jump between redraws.
 */
export function provisionalPosition(layout: TierLayout, tier: Tier, id: string): Point {
  const band = layout.bands.find((candidate) => candidate.tier === tier) ?? layout.bands[0];
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  const u = (h >>> 0) / 4294967296;
  const v = ((Math.imul(h, 2654435761) >>> 0) % 1000) / 1000;
  if (!band) return { x: u * layout.width, y: 0 };
  return { x: u * layout.width, y: band.top + 15 + v * Math.max(1, band.height - 30) };
}
