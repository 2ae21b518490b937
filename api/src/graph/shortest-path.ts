/** Undirected adjacency with every neighbour list in id order, so breadth-first search is deterministic. */
export type SortedAdjacency = ReadonlyMap<string, readonly string[]>;

/**
 * Breadth-first search from `source`: the parent of every reached node on a shortest path. Neighbours
 * are visited in id order, so among equally short paths the one with the smallest id sequence wins —
 * a stable choice users can reproduce. (Yen's k shortest paths, which search with blocked nodes and
 * edges many times over, use the integer search in paths.ts.)
 */
export function breadthFirstParents(adjacency: SortedAdjacency, source: string): Map<string, string | null> {
  const parents = new Map<string, string | null>([[source, null]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    for (const next of adjacency.get(current) ?? []) {
      if (parents.has(next)) continue;
      parents.set(next, current);
      queue.push(next);
    }
  }
  return parents;
}

/** The node sequence from the search's source to `target`, or null when unreached. */
export function pathTo(parents: ReadonlyMap<string, string | null>, target: string): string[] | null {
  if (!parents.has(target)) return null;
  const path: string[] = [];
  for (let node: string | null | undefined = target; node != null; node = parents.get(node)) path.push(node);
  return path.reverse();
}
