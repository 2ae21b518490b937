import type { GraphData } from './analytics-graph';
import { cooperativeNeighbours } from './analytics-graph';

/**
 * The cooperative graph as compressed sparse rows over integer indices (actors in id order). Brandes
 * passes over tens of thousands of nodes spend their time walking adjacency, and typed arrays keep
 * that walk tight and allocation-free.
 */
export interface IndexedAdjacency {
  readonly ids: readonly string[];
  /** Neighbours of node i are `targets[offsets[i]] … targets[offsets[i + 1] - 1]`, in index order. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Builds the CSR form of the undirected simple cooperative graph. */
export function indexCooperativeAdjacency(data: Readonly<GraphData>): IndexedAdjacency {
  const neighbours = cooperativeNeighbours(data);
  const ids = [...neighbours.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = offsets[i] + (neighbours.get(id)?.size ?? 0);
  });
  const targets = new Int32Array(offsets[ids.length]);
  ids.forEach((id, i) => {
    const row = [...(neighbours.get(id) ?? [])].map((n) => index.get(n) as number).sort((a, b) => a - b);
    targets.set(row, offsets[i]);
  });
  return { ids, offsets, targets };
}
