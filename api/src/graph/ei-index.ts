import type { GraphData } from './analytics-graph';
import { cooperativeNeighbours } from './analytics-graph';

export interface GroupEiIndex {
  group: string;
  /** Actors in the group. */
  size: number;
  /** Cooperative ties with both ends in the group. */
  internalTies: number;
  /** Cooperative ties from a member to an actor outside the group. */
  externalTies: number;
  /** (E − I)/(E + I); null when the group has no ties at all. */
  eiIndex: number | null;
}

/**
 * Krackhardt & Stern's (1988) E–I index of each group over the cooperative graph: (E − I)/(E + I),
 * with E the ties from members to outsiders and I the ties among members. −1 is a closed silo, +1 a
 * group that only works outwards. Ties are distinct cooperative pairs (several relations between the
 * same two actors are one tie). Groups are returned in the order given; empty groups are skipped.
 */
export function eiIndex(
  data: Readonly<GraphData>,
  groupOf: (actorId: string) => string | null,
  groups: readonly string[],
): GroupEiIndex[] {
  const neighbours = cooperativeNeighbours(data);
  const rows = new Map<string, GroupEiIndex>(
    groups.map((group) => [group, { group, size: 0, internalTies: 0, externalTies: 0, eiIndex: null }]),
  );
  for (const [actorId, partners] of neighbours) {
    const group = groupOf(actorId);
    const row = group === null ? undefined : rows.get(group);
    if (!row) continue;
    row.size += 1;
    for (const partner of partners) {
      if (groupOf(partner) !== group) row.externalTies += 1;
      // Internal ties are seen from both ends; count each once, from its smaller id.
      else if (actorId < partner) row.internalTies += 1;
    }
  }
  return [...rows.values()]
    .filter((row) => row.size > 0)
    .map((row) => {
      const total = row.externalTies + row.internalTies;
      return { ...row, eiIndex: total === 0 ? null : (row.externalTies - row.internalTies) / total };
    });
}
