import type { GraphData } from './analytics-graph';
import { derived } from './derived';
import { indexCooperativeAdjacency } from './indexed-adjacency';

/**
 * Core number of every actor on the undirected cooperative graph (Seidman 1983; the O(m) bucket
 * algorithm of Batagelj & Zaversnik 2003), as networkx's `core_number`: the largest k such that the
 * actor belongs to a subgraph where everyone has at least k ties. A high core is a dense, mutually
 * tied core group; a hub with many one-off ties keeps a low one. In actor-id order.
 */
export function coreNumbers(data: Readonly<GraphData>): Int32Array {
  return derived(data, 'coreNumbers', () => {
    const { offsets, targets, ids } = indexCooperativeAdjacency(data);
    const n = ids.length;
    const degree = new Int32Array(n);
    let maxDegree = 0;
    for (let v = 0; v < n; v++) {
      degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
      maxDegree = Math.max(maxDegree, degree[v] as number);
    }
    // Nodes sorted by degree (counting sort); bin[d] is where degree d starts in `order`.
    const bin = new Int32Array(maxDegree + 2);
    for (let v = 0; v < n; v++) bin[(degree[v] as number) + 1]++;
    for (let d = 0; d <= maxDegree; d++) bin[d + 1] = (bin[d + 1] as number) + (bin[d] as number);
    const order = new Int32Array(n);
    const position = new Int32Array(n);
    const fill = bin.slice();
    for (let v = 0; v < n; v++) {
      position[v] = fill[degree[v] as number]++;
      order[position[v] as number] = v;
    }
    // Take nodes in order of current degree; each removal lowers its higher-degree neighbours by one,
    // moving each to the front of its bin and the bin's start one place on.
    for (let i = 0; i < n; i++) {
      const v = order[i] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const u = targets[e] as number;
        const du = degree[u] as number;
        if (du <= (degree[v] as number)) continue;
        const firstOfBin = bin[du] as number;
        const w = order[firstOfBin] as number;
        if (u !== w) {
          order[position[u] as number] = w;
          position[w] = position[u] as number;
          order[firstOfBin] = u;
          position[u] = firstOfBin;
        }
        bin[du] = firstOfBin + 1;
        degree[u] = du - 1;
      }
    }
    return degree;
  });
}
