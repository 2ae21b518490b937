import type { GraphData, GraphRelation } from './analytics-graph';
import { actorIdsInOrder, actorIndexById, usableRelations } from './analytics-graph';
import type { Mode, RelationType } from '../domain/vocabulary';
import { pairCost } from './tie-cost';
import { WeightedPathSearch } from './weighted-path-search';

export interface PathOptions {
  types?: readonly RelationType[] | null;
  /** Relations without a mode are left out when modes are given. */
  modes?: readonly Mode[] | null;
  minConfidence?: number | null;
  /**
   * Cheapest instead of fewest steps: each step costs `tieCost` of the pair's strongest relation,
   * 5 / (strength × confidence), so a route over long, certain partnerships beats a shorter one over
   * one-off or doubtful ties.
   */
  weighted?: boolean;
}

export interface PathStep {
  from: string;
  to: string;
  /** Every relation (after filtering) between the two actors, in id order. */
  relationIds: string[];
}

export interface ActorPath {
  actorIds: string[];
  /** Number of steps. */
  length: number;
  /** Sum of the steps' tie costs when weighted (see `tieCost`); the number of steps otherwise. */
  cost: number;
  steps: PathStep[];
}

export interface PathsResult {
  from: string;
  to: string;
  /** The first of `paths`; null when the two actors are not connected. */
  shortest: ActorPath | null;
  /** Up to k loopless paths, shortest first; equal lengths in order of their actor-id sequences. */
  paths: ActorPath[];
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return 0;
}

/**
 * The filtered relations as an undirected simple graph over integer indices (actors in id order,
 * every row sorted), with a breadth-first search that reuses its arrays between searches: Yen's
 * algorithm runs one search per spur node, and string-keyed maps made that the bulk of the work.
 */
class PathSearch {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(
    readonly n: number,
    rows: readonly number[][],
  ) {
    this.offsets = new Int32Array(n + 1);
    const sorted = rows.map((row) => [...new Set(row)].sort((a, b) => a - b));
    sorted.forEach((row, i) => {
      this.offsets[i + 1] = (this.offsets[i] as number) + row.length;
    });
    this.targets = new Int32Array(this.offsets[n] as number);
    sorted.forEach((row, i) => this.targets.set(row, this.offsets[i]));
    this.parent = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  pairKey(a: number, b: number): number {
    return a < b ? a * this.n + b : b * this.n + a;
  }

  /**
   * A shortest path from `source` to `target` avoiding the blocked nodes and edges. Neighbours are
   * visited in id order, so among equally short paths the one with the smallest id sequence wins — a
   * stable choice users can reproduce.
   */
  shortest(source: number, target: number, blockedNodes?: ReadonlySet<number>, blockedEdges?: ReadonlySet<number>) {
    if (blockedNodes?.has(source)) return null;
    const stamp = ++this.stamp;
    const { offsets, targets, parent, seen, queue } = this;
    seen[source] = stamp;
    parent[source] = -1;
    let tail = 0;
    queue[tail++] = source;
    for (let head = 0; head < tail; head++) {
      const current = queue[head] as number;
      if (current === target) break;
      for (let e = offsets[current] as number, end = offsets[current + 1] as number; e < end; e++) {
        const next = targets[e] as number;
        if (seen[next] === stamp || blockedNodes?.has(next) || blockedEdges?.has(this.pairKey(current, next))) continue;
        seen[next] = stamp;
        parent[next] = current;
        queue[tail++] = next;
      }
    }
    if (seen[target] !== stamp) return null;
    const path: number[] = [];
    for (let node = target; node !== -1; node = parent[node] as number) path.push(node);
    return path.reverse();
  }
}

/** The graph of `steps` with each arc costing its pair's strongest relation (`pairCost`). */
function weightedSearch(
  steps: PathSearch,
  kept: readonly GraphRelation[],
  indexOf: ReadonlyMap<string, number>,
): WeightedPathSearch {
  const byPair = new Map<number, GraphRelation[]>();
  for (const r of kept) {
    const key = steps.pairKey(indexOf.get(r.source) as number, indexOf.get(r.target) as number);
    const list = byPair.get(key);
    if (list) list.push(r);
    else byPair.set(key, [r]);
  }
  const costs = new Float64Array(steps.targets.length);
  for (let v = 0; v < steps.n; v++) {
    for (let e = steps.offsets[v] as number, end = steps.offsets[v + 1] as number; e < end; e++) {
      costs[e] = pairCost(byPair.get(steps.pairKey(v, steps.targets[e] as number)) ?? []);
    }
  }
  return new WeightedPathSearch(steps.n, steps.offsets, steps.targets, costs);
}

/**
 * Shortest and k shortest loopless paths between two actors (PRODUCT.md §4.10) by Yen's (1971)
 * algorithm over breadth-first searches, on the relations left after the type, mode and confidence
 * filters. Every relation is read as undirected — reachability, not flow — and several relations
 * between two actors make one step that lists them all. With `weighted`, "shortest" means cheapest
 * by tie cost (Dijkstra 1959 inside Yen), equal costs in order of their actor-id sequences.
 */
export function paths(
  data: Readonly<GraphData>,
  from: string,
  to: string,
  k = 3,
  options: Readonly<PathOptions> = {},
): PathsResult {
  const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
  const modes = options.modes && options.modes.length > 0 ? new Set<Mode>(options.modes) : null;
  const ids = actorIdsInOrder(data);
  const indexOf = actorIndexById(data);
  const rows: number[][] = ids.map(() => []);
  const kept: GraphRelation[] = [];
  for (const r of usableRelations(data)) {
    if (types && !types.has(r.type)) continue;
    if (modes && (r.mode === null || !modes.has(r.mode))) continue;
    if (options.minConfidence != null && r.confidence < options.minConfidence) continue;
    const i = indexOf.get(r.source) as number;
    const j = indexOf.get(r.target) as number;
    (rows[i] as number[]).push(j);
    (rows[j] as number[]).push(i);
    kept.push(r);
  }
  const steps = new PathSearch(ids.length, rows);
  const search = options.weighted ? weightedSearch(steps, kept, indexOf) : steps;
  const costOf = (path: readonly number[]): number =>
    search instanceof WeightedPathSearch ? search.costOf(path) : path.length - 1;
  const byCost = (a: readonly number[], b: readonly number[]): number =>
    costOf(a) - costOf(b) || compareSequences(a, b);
  const source = indexOf.get(from);
  const target = indexOf.get(to);
  const first = source === undefined || target === undefined ? null : search.shortest(source, target);
  if (!first || target === undefined) return { from, to, shortest: null, paths: [] };
  const limit = Math.max(1, Math.floor(k));

  const accepted: number[][] = [first];
  const candidates: number[][] = [];
  const known = new Set<string>([first.join(',')]);
  while (accepted.length < limit) {
    const previous = accepted[accepted.length - 1] as number[];
    for (let i = 0; i + 1 < previous.length; i++) {
      const spur = previous[i] as number;
      const root = previous.slice(0, i + 1);
      // Block the next step of every accepted path sharing this root, and the root itself, so the
      // spur search can only find a path that deviates here and stays loopless.
      const edges = new Set<number>();
      for (const path of accepted) {
        if (path.length > i + 1 && compareSequences(path.slice(0, i + 1), root) === 0) {
          edges.add(search.pairKey(path[i] as number, path[i + 1] as number));
        }
      }
      const spurPath = search.shortest(spur, target, new Set(root.slice(0, -1)), edges);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = total.join(',');
      if (!known.has(key)) {
        known.add(key);
        candidates.push(total);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(options.weighted ? byCost : compareSequences);
    accepted.push(candidates.shift() as number[]);
  }

  // The relations of each step, gathered only for the pairs the accepted paths use.
  const relationsOf = new Map<number, string[]>();
  for (const path of accepted) {
    for (let i = 0; i + 1 < path.length; i++)
      relationsOf.set(search.pairKey(path[i] as number, path[i + 1] as number), []);
  }
  for (const r of kept) {
    relationsOf.get(search.pairKey(indexOf.get(r.source) as number, indexOf.get(r.target) as number))?.push(r.id);
  }
  const toPath = (path: readonly number[]): ActorPath => ({
    actorIds: path.map((i) => ids[i] as string),
    length: path.length - 1,
    cost: costOf(path),
    steps: path.slice(1).map((next, i) => ({
      from: ids[path[i] as number] as string,
      to: ids[next] as string,
      relationIds: [...(relationsOf.get(search.pairKey(path[i] as number, next)) ?? [])].sort(),
    })),
  });
  const found = accepted.map(toPath);
  return { from, to, shortest: found[0] as ActorPath, paths: found };
}
