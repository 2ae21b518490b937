import type { GraphData } from './analytics-graph';
import { cooperativeNeighbours } from './analytics-graph';

/**
 * Connected components of the cooperative graph, by breadth-first search. Largest first, ties broken
 * by smallest member id; members in id order — a stable order the UI can number.
 */
export function connectedComponents(data: Readonly<GraphData>): string[][] {
  const neighbours = cooperativeNeighbours(data);
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of [...neighbours.keys()].sort()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const members = [start];
    for (let head = 0; head < members.length; head++) {
      for (const next of neighbours.get(members[head]) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          members.push(next);
        }
      }
    }
    components.push(members.sort());
  }
  return components.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}
