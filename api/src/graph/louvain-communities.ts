import louvain from 'graphology-communities-louvain';
import type { GraphData } from './analytics-graph';
import { buildCooperativeGraph } from './analytics-graph';
import { derived } from './derived';
import { seededRandom } from './seeded-random';

export interface LouvainOptions {
  seed?: number;
  resolution?: number;
}

export interface Communities {
  /** Community index of every actor, 0 for the largest community. */
  readonly communityOf: ReadonlyMap<string, number>;
  /** Members of each community, in id order; largest first, ties by smallest member id. */
  readonly members: readonly (readonly string[])[];
  readonly modularity: number;
}

/**
 * Louvain communities of the cooperative graph (Blondel et al. 2008), with a seeded random source so
 * the same data gives the same partition on every run. Communities are renumbered by size because
 * Louvain's own labels are arbitrary and would change meaning between runs on different data.
 */
export function louvainCommunities(data: Readonly<GraphData>, options: Readonly<LouvainOptions> = {}): Communities {
  const seed = options.seed ?? 1;
  const resolution = options.resolution ?? 1;
  return derived(data, `louvain:${seed}:${resolution}`, () => detectCommunities(data, seed, resolution));
}

function detectCommunities(data: Readonly<GraphData>, seed: number, resolution: number): Communities {
  const graph = buildCooperativeGraph(data);
  if (graph.order === 0) return { communityOf: new Map(), members: [], modularity: 0 };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: null,
    resolution,
    rng: seededRandom(seed),
  });
  const byLabel = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const label = detailed.communities[id] as number;
    const list = byLabel.get(label) ?? [];
    list.push(id);
    byLabel.set(label, list);
  }
  const members = [...byLabel.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const communityOf = new Map<string, number>();
  members.forEach((list, index) => list.forEach((id) => communityOf.set(id, index)));
  // graphology reports NaN modularity for a graph without edges; there is no structure to score.
  return { communityOf, members, modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : 0 };
}
