/** Undirected adjacency with every neighbour list in id order, so breadth-first search is deterministic. */
export type SortedAdjacency = ReadonlyMap<string, readonly string[]>;

export interface PathBlocks {
  /** Nodes the path may not enter. */
  nodes?: ReadonlySet<string>;
  /** Edges the path may not use, as "a\u0000b" in either orientation. */
  edges?: ReadonlySet<string>;
}

export const edgeKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Breadth-first search from `source`: the parent of every reached node on a shortest path. Neighbours
 * are visited in id order, so among equally short paths the one with the smallest id sequence wins —
 * a stable choice users can reproduce.
 */
export function breadthFirstParents(
  adjacency: SortedAdjacency,
  source: string,
  blocks: PathBlocks = {},
  stopAt?: string,
): Map<string, string | null> {
  const parents = new Map<string, string | null>([[source, null]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    if (current === stopAt) break;
    for (const next of adjacency.get(current) ?? []) {
      if (parents.has(next) || blocks.nodes?.has(next) || blocks.edges?.has(edgeKey(current, next))) continue;
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

/** One shortest path by breadth-first search (smallest id sequence among ties), or null. */
export function shortestPath(
  adjacency: SortedAdjacency,
  source: string,
  target: string,
  blocks: PathBlocks = {},
): string[] | null {
  if (!adjacency.has(source) || blocks.nodes?.has(source)) return null;
  return pathTo(breadthFirstParents(adjacency, source, blocks, target), target);
}
