import type { GraphData } from './analytics-graph';
import { indexCooperativeAdjacency } from './indexed-adjacency';

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
  const { ids, offsets, targets } = indexCooperativeAdjacency(data);
  const position = new Map(groups.map((group, k) => [group, k]));
  // Each actor's group as a position in `groups`, −1 for none or one not listed.
  const groupAt = Int32Array.from(ids, (id) => {
    const group = groupOf(id);
    return group === null ? -1 : (position.get(group) ?? -1);
  });
  const size = new Int32Array(groups.length);
  const internal = new Int32Array(groups.length);
  const external = new Int32Array(groups.length);
  for (let i = 0; i < ids.length; i++) {
    const k = groupAt[i] as number;
    if (k < 0) continue;
    size[k]++;
    for (let e = offsets[i] as number, end = offsets[i + 1] as number; e < end; e++) {
      const j = targets[e] as number;
      if (groupAt[j] !== k) external[k]++;
      // Internal ties are seen from both ends; count each once, from its smaller index (id order).
      else if (i < j) internal[k]++;
    }
  }
  return groups.flatMap((group, k) => {
    if (size[k] === 0) return [];
    const [e, n] = [external[k] as number, internal[k] as number];
    return [
      {
        group,
        size: size[k] as number,
        internalTies: n,
        externalTies: e,
        eiIndex: e + n === 0 ? null : (e - n) / (e + n),
      },
    ];
  });
}
