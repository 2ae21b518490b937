import { MinHeap } from './min-heap';

/**
 * Cheapest paths (Dijkstra 1959) over an undirected graph in CSR form with a cost per arc, reusing its
 * arrays between searches (Yen's algorithm and the partner finder search many times on one graph).
 * Among equally cheap paths it keeps the first parent settled, and settles equal distances by the
 * order their parents were settled, then by index: on equal costs it returns exactly the path a
 * breadth-first search visiting neighbours in id order returns, so weights change an answer only
 * where they differ.
 */
export class WeightedPathSearch {
  private readonly distance: Float64Array;
  private readonly parent: Int32Array;
  private readonly settledAt: Int32Array;
  private readonly stampOf: Int32Array;
  private stamp = 0;

  constructor(
    readonly n: number,
    readonly offsets: Int32Array,
    readonly targets: Int32Array,
    /** Cost of the arc `targets[e]`, > 0. */
    readonly costs: Float64Array,
    /** Added when a path goes on from node v (never for its start): a toll for passing through v. */
    readonly tolls: Float64Array = new Float64Array(n),
  ) {
    this.distance = new Float64Array(n);
    this.parent = new Int32Array(n);
    this.settledAt = new Int32Array(n);
    this.stampOf = new Int32Array(n);
  }

  pairKey(a: number, b: number): number {
    return a < b ? a * this.n + b : b * this.n + a;
  }

  /** The cost of the arc a → b (Infinity when there is none). */
  arcCost(a: number, b: number): number {
    for (let e = this.offsets[a] as number, end = this.offsets[a + 1] as number; e < end; e++) {
      if (this.targets[e] === b) return this.costs[e] as number;
    }
    return Infinity;
  }

  /** Sum of arc costs and the tolls of the inner nodes along `path`. */
  costOf(path: readonly number[]): number {
    let total = 0;
    for (let i = 0; i + 1 < path.length; i++) {
      if (i > 0) total += this.tolls[path[i] as number] as number;
      total += this.arcCost(path[i] as number, path[i + 1] as number);
    }
    return total;
  }

  /**
   * Cheapest path from `source` to `target` avoiding the blocked nodes and edges, or null. With
   * `target` −1 it searches the whole graph; read the result with `pathTo` and `distanceTo`.
   */
  shortest(
    source: number,
    target: number,
    blockedNodes?: ReadonlySet<number>,
    blockedEdges?: ReadonlySet<number>,
  ): number[] | null {
    if (blockedNodes?.has(source)) return null;
    const stamp = ++this.stamp;
    const { offsets, targets, costs, tolls, distance, parent, settledAt, stampOf } = this;
    const heap = new MinHeap();
    stampOf[source] = stamp;
    distance[source] = 0;
    parent[source] = -1;
    settledAt[source] = -1;
    heap.push(0, -1, source);
    let settled = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      // A node is pushed again whenever a cheaper path reaches it; only its first pop counts.
      if ((settledAt[v] as number) >= 0) continue;
      settledAt[v] = settled++;
      if (v === target) break;
      const base = (distance[v] as number) + (v === source ? 0 : (tolls[v] as number));
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if (blockedNodes?.has(w) || blockedEdges?.has(this.pairKey(v, w))) continue;
        if (stampOf[w] !== stamp) {
          stampOf[w] = stamp;
          settledAt[w] = -1;
          distance[w] = Infinity;
        }
        const next = base + (costs[e] as number);
        // Equal (to rounding) keeps the parent settled first, as a breadth-first search would.
        if ((settledAt[w] as number) >= 0 || next >= (distance[w] as number) - 1e-12) continue;
        distance[w] = next;
        parent[w] = v;
        heap.push(next, settledAt[v] as number, w);
      }
    }
    return target < 0 ? null : this.pathTo(target);
  }

  /** The path from the last search's source to `node`, or null when the search did not reach it. */
  pathTo(node: number): number[] | null {
    if (this.stampOf[node] !== this.stamp) return null;
    const path: number[] = [];
    for (let v = node; v !== -1; v = this.parent[v] as number) path.push(v);
    return path.reverse();
  }

  /** The cost of the cheapest path from the last search's source to `node`; Infinity when unreached. */
  distanceTo(node: number): number {
    return this.stampOf[node] === this.stamp ? (this.distance[node] as number) : Infinity;
  }
}
