import type { GraphData } from './analytics-graph';
import { actorIndexById } from './analytics-graph';
import type { ActorBetweenness } from './betweenness';
import { coreNumbers } from './core-number';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { pageRankOf } from './page-rank';

/** What the brokers list can be ranked by. */
export type BrokerMeasure = 'BETWEENNESS' | 'DEGREE' | 'PAGE_RANK' | 'CORE_NUMBER';

/** One actor's value of a measure other than betweenness, by its index in actor-id order. */
export function measureAt(data: Readonly<GraphData>, measure: Exclude<BrokerMeasure, 'BETWEENNESS'>) {
  if (measure === 'PAGE_RANK') {
    const values = pageRankOf(data);
    return (i: number): number => values[i] as number;
  }
  if (measure === 'CORE_NUMBER') {
    const values = coreNumbers(data);
    return (i: number): number => values[i] as number;
  }
  const { offsets } = indexCooperativeAdjacency(data);
  return (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
}

/**
 * The betweenness ranking (highest first, ties by id) re-ranked by another measure, highest first;
 * ties keep their betweenness order, so among actors with as many partners the better bridge leads.
 * Degree counts partners, PageRank (Brin & Page 1998) rewards well-tied partners, the core number
 * (Batagelj & Zaversnik 2003) the densest group an actor belongs to: three ways of being central
 * that betweenness, which rewards lying between groups, does not see.
 */
export function rankBy(
  data: Readonly<GraphData>,
  byBetweenness: readonly ActorBetweenness[],
  measure: BrokerMeasure,
): ActorBetweenness[] {
  if (measure === 'BETWEENNESS') return [...byBetweenness];
  const indexOf = actorIndexById(data);
  const valueAt = measureAt(data, measure);
  const keyed = byBetweenness.map((score, position) => ({
    score,
    position,
    // Rounded like betweenness, so that sums in another order never reorder true ties.
    value: Number(valueAt(indexOf.get(score.actorId) as number).toPrecision(12)),
  }));
  keyed.sort((a, b) => b.value - a.value || a.position - b.position);
  return keyed.map((entry) => entry.score);
}
