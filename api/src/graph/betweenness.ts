import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { GraphData } from './analytics-graph';
import { buildCooperativeGraph, hasWeightedTies } from './analytics-graph';
import { dependencySums, normaliseDependencySums } from './brandes-pass';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { sampledBetweenness } from './sampled-betweenness';

export interface BetweennessOptions {
  /** Largest number of actors computed exactly; above it pivots are sampled. 5,000 unless given. */
  exactLimit?: number;
  /** Pivots sampled above the exact limit. 500 unless given. */
  pivots?: number;
  seed?: number;
}

export interface ActorBetweenness {
  actorId: string;
  betweenness: number;
  /** Standard error of a sampled estimate; null when exact. */
  standardError: number | null;
}

/**
 * EXACT: every source in this computation; SAMPLED: a pivot sample with a stated error;
 * EXACT_FROM_CACHE: every source, summed in the background after the graph last changed.
 */
export type BetweennessMethod = 'EXACT' | 'SAMPLED' | 'EXACT_FROM_CACHE';

export interface BetweennessResult {
  method: BetweennessMethod;
  /** Number of source pivots used when sampled; null when exact. */
  pivots: number | null;
  /** Uniform absolute error bound on every sampled value, at `errorConfidence`; null when exact. */
  errorBound: number | null;
  errorConfidence: number | null;
  /** One entry per actor, in actor-id order. */
  scores: ActorBetweenness[];
}

/**
 * Normalised betweenness centrality on the undirected cooperative graph (Brandes 2001), normalised by
 * (n−1)(n−2) as networkx does for undirected graphs. Exact (`brandes-pass.ts`) up to `exactLimit`
 * actors, because exact Brandes is O(nm) and takes about 12 s at 10,000 actors here; above it, a
 * seeded pivot sample whose size and error are stated in the result (the analytics service then
 * sums the exact values in the background, see `api/src/analytics/background-betweenness.ts`).
 * When the graph has weighted ties (the co-participation projection of the event layer), the exact
 * computation runs Dijkstra on each edge's `distance` (1 / summed weight, graphology); the sample
 * reads every tie as one step.
 */
export function betweenness(data: Readonly<GraphData>, options: Readonly<BetweennessOptions> = {}): BetweennessResult {
  const exactLimit = options.exactLimit ?? 5000;
  if (data.actors.length > exactLimit) {
    const sampled = sampledBetweenness(data, { pivots: options.pivots ?? 500, seed: options.seed ?? 1 });
    return {
      method: 'SAMPLED',
      pivots: sampled.pivots,
      errorBound: sampled.errorBound,
      errorConfidence: sampled.confidence,
      scores: sampled.scores,
    };
  }
  if (hasWeightedTies(data)) {
    const graph = buildCooperativeGraph(data);
    // graphology leaves graphs of one or two nodes unnormalised; every value there is 0 anyway.
    const values = graph.order > 0 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: 'distance' }) : {};
    const scores = graph
      .nodes()
      .map((actorId) => ({ actorId, betweenness: values[actorId] ?? 0, standardError: null }));
    return { method: 'EXACT', pivots: null, errorBound: null, errorConfidence: null, scores };
  }
  const adjacency = indexCooperativeAdjacency(data);
  const values = normaliseDependencySums(dependencySums(adjacency, 0, adjacency.ids.length));
  return {
    method: 'EXACT',
    pivots: null,
    errorBound: null,
    errorConfidence: null,
    scores: scoresOf(adjacency.ids, values),
  };
}

/** Exact betweenness from values already computed (in actor-id order), e.g. summed in the background. */
export function betweennessFromValues(ids: readonly string[], values: readonly number[]): BetweennessResult {
  return {
    method: 'EXACT_FROM_CACHE',
    pivots: null,
    errorBound: null,
    errorConfidence: null,
    scores: scoresOf(ids, values),
  };
}

function scoresOf(ids: readonly string[], values: readonly number[]): ActorBetweenness[] {
  return ids.map((actorId, i) => ({ actorId, betweenness: values[i] ?? 0, standardError: null }));
}
