import type { GraphData } from './analytics-graph';
import { usableRelations } from './analytics-graph';
import type { Mode, RelationType } from '../domain/vocabulary';
import type { SortedAdjacency } from './shortest-path';
import { edgeKey, shortestPath } from './shortest-path';
import { pushTo } from './push-to';

export interface PathOptions {
  types?: readonly RelationType[] | null;
  /** Relations without a mode are left out when modes are given. */
  modes?: readonly Mode[] | null;
  minConfidence?: number | null;
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

function compareSequences(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
  }
  return 0;
}

/**
 * Shortest and k shortest loopless paths between two actors (PRODUCT.md §4.10) by Yen's (1971)
 * algorithm over breadth-first searches, on the relations left after the type, mode and confidence
 * filters. Every relation is read as undirected — reachability, not flow — and several relations
 * between two actors make one step that lists them all.
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
  const relationsOf = new Map<string, string[]>();
  const neighbourSets = new Map<string, Set<string>>(data.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const r of usableRelations(data)) {
    if (types && !types.has(r.type)) continue;
    if (modes && (r.mode === null || !modes.has(r.mode))) continue;
    if (options.minConfidence != null && r.confidence < options.minConfidence) continue;
    neighbourSets.get(r.source)?.add(r.target);
    neighbourSets.get(r.target)?.add(r.source);
    const key = edgeKey(r.source, r.target);
    pushTo(relationsOf, key, r.id);
  }
  const adjacency: SortedAdjacency = new Map([...neighbourSets].map(([id, set]) => [id, [...set].sort()]));
  const toPath = (actorIds: string[]): ActorPath => ({
    actorIds,
    length: actorIds.length - 1,
    steps: actorIds.slice(1).map((next, i) => {
      const previous = actorIds[i] as string;
      return { from: previous, to: next, relationIds: [...(relationsOf.get(edgeKey(previous, next)) ?? [])].sort() };
    }),
  });

  const first = shortestPath(adjacency, from, to);
  if (!first) return { from, to, shortest: null, paths: [] };
  const limit = Math.max(1, Math.floor(k));

  const accepted: string[][] = [first];
  const candidates: string[][] = [];
  const known = new Set<string>([first.join('\u0000')]);
  while (accepted.length < limit) {
    const previous = accepted[accepted.length - 1] as string[];
    for (let i = 0; i + 1 < previous.length; i++) {
      const spur = previous[i] as string;
      const root = previous.slice(0, i + 1);
      // Block the next step of every accepted path sharing this root, and the root itself, so the
      // spur search can only find a path that deviates here and stays loopless.
      const edges = new Set<string>();
      for (const path of accepted) {
        if (path.length > i + 1 && compareSequences(path.slice(0, i + 1), root) === 0) {
          edges.add(edgeKey(path[i] as string, path[i + 1] as string));
        }
      }
      const spurPath = shortestPath(adjacency, spur, to, { nodes: new Set(root.slice(0, -1)), edges });
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = total.join('\u0000');
      if (!known.has(key)) {
        known.add(key);
        candidates.push(total);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(compareSequences);
    accepted.push(candidates.shift() as string[]);
  }
  const found = accepted.map(toPath);
  return { from, to, shortest: found[0] as ActorPath, paths: found };
}
