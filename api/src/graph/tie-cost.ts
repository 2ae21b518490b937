import type { GraphData, GraphRelation } from './analytics-graph';
import { actorIndexById, cooperativeRelations } from './analytics-graph';
import { derived } from './derived';
import { indexCooperativeAdjacency } from './indexed-adjacency';

/** The strength assumed for a relation whose strength was not recorded: the middle of the 1–5 scale. */
export const UNKNOWN_STRENGTH = 3;

/**
 * The cost of going over a relation (issue 20, point 4): 5 / (strength × confidence), strength on its
 * 1–5 scale (3 when unknown) and confidence in (0, 1]. A certain, strongest tie costs 1 — one step —
 * and weaker or less certain ties cost more: a one-off consultation (strength 1) costs as much as five
 * steps over long partnerships, a strength-5 tie at confidence 0.5 as two. Several relations between a
 * pair give the pair the cost of its strongest one (see `pairCost`).
 */
export function tieCost(relation: Pick<GraphRelation, 'strength' | 'confidence'>): number {
  const strength = relation.strength ?? UNKNOWN_STRENGTH;
  // Confidence 0 (never expected after validation) would make a tie impassable; it is read as tiny.
  const confidence = Math.max(relation.confidence, 1e-6);
  return 5 / (strength * confidence);
}

/** The cheapest of the pair's relations (its strongest tie), Infinity when there are none. */
export function pairCost(relations: ReadonlyArray<Pick<GraphRelation, 'strength' | 'confidence'>>): number {
  return relations.reduce((best, relation) => Math.min(best, tieCost(relation)), Infinity);
}

/**
 * The cost of every arc of the cooperative CSR graph (`indexCooperativeAdjacency`, parallel to its
 * `targets`): the pair's strongest cooperative relation. Computed once per data object.
 */
export function cooperativeTieCosts(data: Readonly<GraphData>): Float64Array {
  return derived(data, 'cooperativeTieCosts', () => {
    const { ids, offsets, targets } = indexCooperativeAdjacency(data);
    const indexOf = actorIndexById(data);
    const best = new Map<number, number>();
    for (const relation of cooperativeRelations(data)) {
      const i = indexOf.get(relation.source) as number;
      const j = indexOf.get(relation.target) as number;
      const key = i < j ? i * ids.length + j : j * ids.length + i;
      best.set(key, Math.min(best.get(key) ?? Infinity, tieCost(relation)));
    }
    const costs = new Float64Array(targets.length);
    for (let v = 0; v < ids.length; v++) {
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        costs[e] = best.get(v < w ? v * ids.length + w : w * ids.length + v) as number;
      }
    }
    return costs;
  });
}
