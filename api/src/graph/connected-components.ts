import type { GraphData } from './analytics-graph';
import { indexCooperativeAdjacency } from './indexed-adjacency';

/**
 * Connected components of the cooperative graph, by breadth-first search. Largest first, ties broken
 * by smallest member id; members in id order — a stable order the UI can number.
 */
export function connectedComponents(data: Readonly<GraphData>): string[][] {
  const { ids, offsets, targets } = indexCooperativeAdjacency(data);
  const component = new Int32Array(ids.length).fill(-1);
  const queue = new Int32Array(ids.length);
  const components: number[][] = [];
  // Indices follow id order, so starting from the lowest unseen index numbers components by smallest id.
  for (let start = 0; start < ids.length; start++) {
    if (component[start] !== -1) continue;
    component[start] = components.length;
    let tail = 0;
    queue[tail++] = start;
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if (component[w] !== -1) continue;
        component[w] = components.length;
        queue[tail++] = w;
      }
    }
    components.push(Array.from(queue.subarray(0, tail)).sort((a, b) => a - b));
  }
  return components
    .sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number))
    .map((members) => members.map((i) => ids[i] as string));
}
