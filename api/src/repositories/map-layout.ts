import { LruCache } from '../analytics/lru-cache';
import { computeTierLayout, type Band, type Point } from '../graph/tier-layout';
import type { MapGraphData } from './map-graph.repository';

/** The tier layout of a map answer, in columns: the i-th x and y belong to the answer's i-th actor. */
export interface MapLayoutColumns {
  xs: number[];
  ys: number[];
  bands: Band[];
  width: number;
}

/**
 * The largest map laid out here: the layout runs on the API's thread (about 0.1 s for 1,000 actors,
 * 0.3 s for 3,000 on an idle core), so a bigger one — which the web client aggregates anyway, and lays
 * out in its worker — gets none.
 */
export const MAP_LAYOUT_MAX_ACTORS = 3000;

/** A computed layout by actor id, and the relation count of the answer it was computed for. */
interface CachedLayout {
  positions: ReadonlyMap<string, Point>;
  relations: number;
  bands: Band[];
  width: number;
}

/**
 * Layouts by workspace, revision (whose prefix is the viewer class) and as-of date: a map is laid out
 * once per data revision, whoever asks. Weighed by actors, so 50 maps of up to 3,000 actors fit.
 */
const layouts = new LruCache<string, CachedLayout>({
  maxEntries: 50,
  maxWeight: 50 * MAP_LAYOUT_MAX_ACTORS,
  weigh: (entry) => Math.max(1, entry.positions.size),
});

/**
 * The tier layout of a whole map (`parts` = 1) of at most MAP_LAYOUT_MAX_ACTORS actors, computed with
 * the web client's code (graph/tier-layout.ts) on the same actors and relations — so it is the layout
 * the client's worker would compute; it does not depend on the order they come in — and cached per
 * revision. Null for a part of a map (the layout needs all of it) or a bigger map.
 */
export function mapLayoutOf(graph: MapGraphData): MapLayoutColumns | null {
  const { actors: a, relations: r } = graph;
  if (graph.parts !== 1 || a.ids.length > MAP_LAYOUT_MAX_ACTORS) return null;
  const key = `${graph.workspaceId}|${graph.revision}|${graph.asOf ?? ''}`;
  let cached = layouts.get(key);
  // The revision is read before the graph, so two answers at one revision can differ (a write during
  // the read): the cached layout serves only an answer with the same actors and as many relations.
  const fits = (entry: CachedLayout) =>
    entry.relations === r.ids.length &&
    entry.positions.size === a.ids.length &&
    a.ids.every((id) => entry.positions.has(id));
  if (!cached || !fits(cached)) {
    const actors = a.ids.map((id, i) => ({
      id,
      name: a.names[i]!,
      tier: a.tiers[i]!,
      sector: a.sectors[i]!,
      country: a.countries[i] ?? null,
    }));
    const relations = r.ids.map((_, i) => ({ sourceId: r.sourceIds[i]!, targetId: r.targetIds[i]! }));
    cached = { ...computeTierLayout(actors, relations), relations: r.ids.length };
    layouts.set(key, cached);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const id of a.ids) {
    const point = cached.positions.get(id)!;
    xs.push(point.x);
    ys.push(point.y);
  }
  return { xs, ys, bands: cached.bands, width: cached.width };
}
