import type { GraphData } from './analytics-graph';
import { cooperativeNeighbours, cooperativeRelations } from './analytics-graph';
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
  return derived(data, 'indexCooperativeAdjacency', () => newIndexedAdjacency(data));
}

function newIndexedAdjacency(data: Readonly<GraphData>): IndexedAdjacency {
  const neighbours = cooperativeNeighbours(data);
  const ids = [...neighbours.keys()].sort();
  return { ids, ...compressedRows(ids, (id) => neighbours.get(id) ?? []) };
}

/** Rows of integer indices, each sorted, packed into offsets and targets. */
function compressedRows(
  ids: readonly string[],
  rowOf: (id: string) => Iterable<string>,
): { offsets: Int32Array; targets: Int32Array } {
  const index = new Map(ids.map((id, i) => [id, i]));
  const rows = ids.map((id) => Int32Array.from(rowOf(id), (n) => index.get(n) as number).sort());
  const offsets = new Int32Array(ids.length + 1);
  rows.forEach((row, i) => {
    offsets[i + 1] = (offsets[i] as number) + row.length;
  });
  const targets = new Int32Array(offsets[ids.length] as number);
  rows.forEach((row, i) => targets.set(row, offsets[i]));
  return { offsets, targets };
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
    const ids = [...data.actors.map((actor) => actor.id)].sort();
    const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
    const into = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
    const addArc = (from: string, to: string): void => {
      out.get(from)?.add(to);
      into.get(to)?.add(from);
    };
    for (const relation of cooperativeRelations(data)) {
      addArc(relation.source, relation.target);
      if (!relation.directed) addArc(relation.target, relation.source);
    }
    const outRows = compressedRows(ids, (id) => out.get(id) ?? []);
    const inRows = compressedRows(ids, (id) => into.get(id) ?? []);
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
