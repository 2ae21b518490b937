import type { GraphData } from './analytics-graph';
import { usableRelations } from './analytics-graph';
import type { Mode, RelationType } from '../domain/vocabulary';
import { MODES, RELATION_TYPES } from '../domain/vocabulary';

export interface TypeCount {
  type: RelationType;
  count: number;
}

export interface ModeCount {
  /** Null for relations recorded without a mode. */
  mode: Mode | null;
  count: number;
}

export interface MatrixCell {
  from: string;
  to: string;
  /** Relations read from a `from` actor to a `to` actor (undirected ones are read both ways). */
  count: number;
  /** Non-zero counts only, in vocabulary order. */
  byType: TypeCount[];
  /** Non-zero counts only, in vocabulary order, relations without a mode last. */
  byMode: ModeCount[];
  /** Distinct ordered actor pairs (a, b), a ≠ b, with at least one relation from a to b. */
  tiedPairs: number;
  possiblePairs: number;
  /** tiedPairs / possiblePairs; null when there are no possible pairs. */
  density: number | null;
}

/**
 * Relations between groups of actors as a full groups × groups matrix. Conventions: a directed relation
 * is counted from its source's group to its target's group; an undirected relation is read in both
 * directions (once on the diagonal when both ends share a group), so row totals answer "what does this
 * group send" either way. Density is directed: possible pairs are n_i·n_j off the diagonal and
 * n_i(n_i − 1) on it, and an undirected relation ties both ordered pairs, so a fully connected block
 * has density 1 whichever way its relations were recorded.
 */
export function groupMatrix(
  data: Readonly<GraphData>,
  groupOf: (actorId: string) => string,
  groups: readonly string[],
): MatrixCell[] {
  const g = groups.length;
  const groupIndex = new Map(groups.map((group, i) => [group, i]));
  const sizes = new Int32Array(g);
  const actorIndex = new Map<string, number>();
  const groupOfActor = new Int32Array(data.actors.length);
  data.actors.forEach((actor, i) => {
    actorIndex.set(actor.id, i);
    const group = groupIndex.get(groupOf(actor.id)) ?? -1;
    groupOfActor[i] = group;
    if (group >= 0) sizes[group] += 1;
  });
  const typeIndex = new Map(RELATION_TYPES.map((type, i) => [type, i]));
  const modeColumns: readonly (Mode | null)[] = [...MODES, null];
  const modeIndex = new Map(modeColumns.map((mode, i) => [mode, i]));
  // Tallies over integer cells (from · g + to): no string keys in the loop over relations.
  const counts = new Int32Array(g * g);
  const typeCounts = new Int32Array(g * g * RELATION_TYPES.length);
  const modeCounts = new Int32Array(g * g * modeColumns.length);
  const pairs: Set<number>[] = Array.from({ length: g * g }, () => new Set<number>());
  const n = data.actors.length;
  const read = (source: number, target: number, type: number, mode: number): void => {
    const from = groupOfActor[source] as number;
    const to = groupOfActor[target] as number;
    if (from < 0 || to < 0) return;
    const cell = from * g + to;
    counts[cell] += 1;
    typeCounts[cell * RELATION_TYPES.length + type] += 1;
    modeCounts[cell * modeColumns.length + mode] += 1;
    (pairs[cell] as Set<number>).add(source * n + target);
  };
  for (const relation of usableRelations(data)) {
    const source = actorIndex.get(relation.source) as number;
    const target = actorIndex.get(relation.target) as number;
    const type = typeIndex.get(relation.type) as number;
    const mode = modeIndex.get(relation.mode) as number;
    read(source, target, type, mode);
    if (!relation.directed) read(target, source, type, mode);
  }

  const cells: MatrixCell[] = [];
  groups.forEach((from, f) => {
    groups.forEach((to, t) => {
      const cell = f * g + t;
      const nFrom = sizes[f] as number;
      const nTo = sizes[t] as number;
      const possiblePairs = f === t ? nFrom * (nFrom - 1) : nFrom * nTo;
      const tiedPairs = (pairs[cell] as Set<number>).size;
      cells.push({
        from,
        to,
        count: counts[cell] as number,
        byType: RELATION_TYPES.map((type, i) => ({
          type,
          count: typeCounts[cell * RELATION_TYPES.length + i] as number,
        })).filter((row) => row.count > 0),
        byMode: modeColumns
          .map((mode, i) => ({ mode, count: modeCounts[cell * modeColumns.length + i] as number }))
          .filter((row) => row.count > 0),
        tiedPairs,
        possiblePairs,
        density: possiblePairs === 0 ? null : tiedPairs / possiblePairs,
      });
    });
  });
  return cells;
}
