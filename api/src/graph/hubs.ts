import type { GraphData } from './analytics-graph';
import { derived } from './derived';
import { indexCooperativeAdjacency } from './indexed-adjacency';

/** An actor is a hub with at least this many cooperative partners … */
export const HUB_MIN_DEGREE = 10;
/** … and at least this many times the mean number. */
export const HUB_DEGREE_FACTOR = 5;

/**
 * The generic hubs of the cooperative graph: actors with at least max(10, 5 × mean degree) partners,
 * as indices in actor-id order. Introductions through them are cheap by step count but say little:
 * a programme with a hundred members rarely introduces two of them (issue 20: every introduction of
 * the partner finder ran through one 100-tie hub). Computed once per data object.
 */
export function hubIndices(data: Readonly<GraphData>): ReadonlySet<number> {
  return derived(data, 'hubIndices', () => {
    const { ids, offsets } = indexCooperativeAdjacency(data);
    const n = ids.length;
    const mean = n > 0 ? (offsets[n] as number) / n : 0;
    const threshold = Math.max(HUB_MIN_DEGREE, HUB_DEGREE_FACTOR * mean);
    const hubs = new Set<number>();
    for (let v = 0; v < n; v++) if ((offsets[v + 1] as number) - (offsets[v] as number) >= threshold) hubs.add(v);
    return hubs;
  });
}
