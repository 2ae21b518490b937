import type { GraphData, GraphRelation } from './analytics-graph';
import { actorIdsInOrder, actorIndexById, cooperativeRelations, usableRelations } from './analytics-graph';
import { derived } from './derived';

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
  return derived(data, 'indexCooperativeAdjacency', () => {
    const ids = actorIdsInOrder(data);
    const arcs = relationArcs(cooperativeRelations(data), actorIndexById(data), () => true);
    return { ids, ...compressedRows(ids.length, arcs.from, arcs.to, arcs.count) };
  });
}

/**
 * Who is joined to whom by a stored relation of any type (cooperative or not), as undirected CSR rows
 * over the same indices: pairs that link suggestion must never propose. A projected co-participation
 * tie (it has a weight) is not a relation: two organisations that attended the same summit may still
 * be worth introducing.
 */
export function indexLinkedAdjacency(data: Readonly<GraphData>): IndexedAdjacency {
  return derived(data, 'indexLinkedAdjacency', () => {
    const ids = actorIdsInOrder(data);
    const stored = usableRelations(data).filter((r) => r.weight === undefined);
    const arcs = relationArcs(stored, actorIndexById(data), () => true);
    return { ids, ...compressedRows(ids.length, arcs.from, arcs.to, arcs.count) };
  });
}

/** Row i of a CSR adjacency as a view (no copy). */
export function rowOf(adjacency: IndexedAdjacency, i: number): Int32Array {
  return adjacency.targets.subarray(adjacency.offsets[i], adjacency.offsets[i + 1]);
}

/**
 * Relations (between known actors) as arcs between actor indices: source → target, and target →
 * source too when `bothWays(relation)`. Parallel Int32Arrays, `count` long.
 */
function relationArcs(
  relations: readonly GraphRelation[],
  indexOf: ReadonlyMap<string, number>,
  bothWays: (relation: GraphRelation) => boolean,
): { from: Int32Array; to: Int32Array; count: number } {
  const from = new Int32Array(relations.length * 2);
  const to = new Int32Array(relations.length * 2);
  let count = 0;
  for (const relation of relations) {
    const i = indexOf.get(relation.source) as number;
    const j = indexOf.get(relation.target) as number;
    from[count] = i;
    to[count++] = j;
    if (bothWays(relation)) {
      from[count] = j;
      to[count++] = i;
    }
  }
  return { from, to, count };
}

/**
 * Rows of integer indices packed into offsets and targets: row i holds every `to[k]` with
 * `from[k] = i`, sorted and without repeats (a counting sort by row, then each short row sorted).
 */
function compressedRows(
  n: number,
  from: Int32Array,
  to: Int32Array,
  count: number,
): { offsets: Int32Array; targets: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) start[(from[k] as number) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const raw = new Int32Array(count);
  for (let k = 0; k < count; k++) raw[fill[from[k] as number]++] = to[k] as number;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(count);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const row = raw.subarray(start[i], start[i + 1]).sort();
    for (let e = 0; e < row.length; e++) {
      if (e === 0 || row[e] !== row[e - 1]) targets[size++] = row[e] as number;
    }
    offsets[i + 1] = size;
  }
  return { offsets, targets: targets.slice(0, size) };
}

/**
 * The directed simple graph of cooperative ties (as in brokerage) over integer indices, actors in id
 * order: a directed relation gives the arc source → target, an undirected one arcs both ways, and
 * several relations along one ordered pair make one arc. Rows are sorted, out-arcs and in-arcs apart.
 */
export interface DirectedIndexedAdjacency {
  readonly ids: readonly string[];
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
}

/** Builds the CSR form of the directed simple cooperative graph (once per data object). */
export function indexDirectedCooperativeAdjacency(data: Readonly<GraphData>): DirectedIndexedAdjacency {
  return derived(data, 'indexDirectedCooperativeAdjacency', () => {
    const ids = actorIdsInOrder(data);
    const arcs = relationArcs(cooperativeRelations(data), actorIndexById(data), (relation) => !relation.directed);
    const outRows = compressedRows(ids.length, arcs.from, arcs.to, arcs.count);
    const inRows = compressedRows(ids.length, arcs.to, arcs.from, arcs.count);
    return {
      ids,
      outOffsets: outRows.offsets,
      outTargets: outRows.targets,
      inOffsets: inRows.offsets,
      inTargets: inRows.targets,
    };
  });
}

/** Whether the sorted run `targets[from] … targets[to - 1]` holds `value` (binary search). */
export function sortedRunHas(targets: Int32Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = targets[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Calls `visit(q)` for every node q in both sorted rows `a` and `b` of `offsets`/`targets`. It walks the
 * shorter row and looks each entry up in the longer one by binary search, so a hub's long row is never
 * walked once per neighbour: O(min(deg a, deg b) · log max(deg a, deg b)).
 */
export function forEachCommon(
  offsets: Int32Array,
  targets: Int32Array,
  a: number,
  b: number,
  visit: (q: number) => void,
): void {
  const aFrom = offsets[a] as number;
  const aTo = offsets[a + 1] as number;
  const bFrom = offsets[b] as number;
  const bTo = offsets[b + 1] as number;
  const [walkFrom, walkTo, lookFrom, lookTo] =
    aTo - aFrom <= bTo - bFrom ? [aFrom, aTo, bFrom, bTo] : [bFrom, bTo, aFrom, aTo];
  for (let e = walkFrom; e < walkTo; e++) {
    const q = targets[e] as number;
    if (sortedRunHas(targets, lookFrom, lookTo, q)) visit(q);
  }
}
