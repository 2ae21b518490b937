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
  const sizes = new Map<string, number>(groups.map((g) => [g, 0]));
  for (const actor of data.actors) {
    const group = groupOf(actor.id);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
  interface Tally {
    count: number;
    types: Map<RelationType, number>;
    modes: Map<Mode | null, number>;
    pairs: Set<string>;
  }
  const tallies = new Map<string, Tally>();
  const cellKey = (from: string, to: string): string => `${from}\u0000${to}`;
  const read = (source: string, target: string, type: RelationType, mode: Mode | null): void => {
    const key = cellKey(groupOf(source), groupOf(target));
    const tally = tallies.get(key) ?? { count: 0, types: new Map(), modes: new Map(), pairs: new Set() };
    tally.count += 1;
    tally.types.set(type, (tally.types.get(type) ?? 0) + 1);
    tally.modes.set(mode, (tally.modes.get(mode) ?? 0) + 1);
    tally.pairs.add(`${source}\u0000${target}`);
    tallies.set(key, tally);
  };
  for (const relation of usableRelations(data)) {
    read(relation.source, relation.target, relation.type, relation.mode);
    if (!relation.directed) read(relation.target, relation.source, relation.type, relation.mode);
  }

  const cells: MatrixCell[] = [];
  for (const from of groups) {
    for (const to of groups) {
      const tally = tallies.get(cellKey(from, to));
      const nFrom = sizes.get(from) ?? 0;
      const nTo = sizes.get(to) ?? 0;
      const possiblePairs = from === to ? nFrom * (nFrom - 1) : nFrom * nTo;
      const tiedPairs = tally?.pairs.size ?? 0;
      cells.push({
        from,
        to,
        count: tally?.count ?? 0,
        byType: RELATION_TYPES.filter((type) => tally?.types.has(type)).map((type) => ({
          type,
          count: tally?.types.get(type) ?? 0,
        })),
        byMode: [...MODES, null]
          .filter((mode) => tally?.modes.has(mode))
          .map((mode) => ({ mode, count: tally?.modes.get(mode) ?? 0 })),
        tiedPairs,
        possiblePairs,
        density: possiblePairs === 0 ? null : tiedPairs / possiblePairs,
      });
    }
  }
  return cells;
}
