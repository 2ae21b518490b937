import type { GraphActor, GraphData } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { TIERS } from '../domain/vocabulary';
import { forEachCommon, indexDirectedCooperativeAdjacency, sortedRunHas } from './indexed-adjacency';

export interface ActorBrokerageRoles {
  actorId: string;
  tier: Tier;
  /** A, B, C all in one tier (w_I). */
  coordinator: number;
  /** A and C in one tier, the broker B in another (w_O; also called consultant). */
  itinerant: number;
  /** B and C in one tier, A in another: B lets an outsider in (b_OI). */
  gatekeeper: number;
  /** A and B in one tier, C in another: B speaks for its own tier outwards (b_IO). */
  representative: number;
  /** A, B and C in three different tiers (b_O). */
  liaison: number;
  total: number;
}

type Role = 'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison';

/**
 * Gould & Fernandez (1989) brokerage roles with tier as the group, following R's `sna::brokerage`:
 * B brokers every two-path A → B → C over directed cooperative ties with A ≠ C and no tie A → C, and
 * each such path is counted for B under the role its three tiers give. Undirected relations count in
 * both directions; several relations along one ordered pair count as one arc (sna dichotomises too).
 * Returned in actor-id order.
 */
export function brokerageRoles(data: Readonly<GraphData>): ActorBrokerageRoles[] {
  const rolesOf = brokerageRolesAt(data);
  return indexDirectedCooperativeAdjacency(data).ids.map((_, b) => rolesOf(b));
}

/**
 * The brokerage roles of one actor, by its index in `indexDirectedCooperativeAdjacency` (actors in id
 * order), for callers that need a few actors' roles rather than every actor's.
 */
export function brokerageRolesAt(data: Readonly<GraphData>): (b: number) => ActorBrokerageRoles {
  const { ids, outOffsets, outTargets, inOffsets, inTargets } = indexDirectedCooperativeAdjacency(data);
  const actors = indexActors(data);
  const tierIndex = Int8Array.from(ids, (id) => TIERS.indexOf((actors.get(id) as GraphActor).tier));
  // Per broker: its out-neighbours by tier, and for one source A the out-neighbours A already reaches.
  const reachable = new Int32Array(TIERS.length);
  const closed = new Int32Array(TIERS.length);
  const roleOf = (tierA: number, tierB: number, tierC: number): Role =>
    tierA === tierB && tierC === tierB
      ? 'coordinator'
      : tierA === tierC
        ? 'itinerant'
        : tierC === tierB
          ? 'gatekeeper'
          : tierA === tierB
            ? 'representative'
            : 'liaison';

  return (b) => {
    const tierB = tierIndex[b] as number;
    const roles: ActorBrokerageRoles = {
      actorId: ids[b] as string,
      tier: TIERS[tierB] as Tier,
      coordinator: 0,
      itinerant: 0,
      gatekeeper: 0,
      representative: 0,
      liaison: 0,
      total: 0,
    };
    const outFrom = outOffsets[b] as number;
    const outTo = outOffsets[b + 1] as number;
    reachable.fill(0);
    for (let e = outFrom; e < outTo; e++) reachable[tierIndex[outTargets[e] as number] as number] += 1;
    // Every two-path A → B → C with C ≠ A and no arc A → C: of B's out-neighbours, drop A itself and
    // those A reaches directly, then count the rest by C's tier.
    for (let e = inOffsets[b] as number, end = inOffsets[b + 1] as number; e < end; e++) {
      const a = inTargets[e] as number;
      closed.fill(0);
      if (sortedRunHas(outTargets, outFrom, outTo, a)) closed[tierIndex[a] as number] += 1;
      forEachCommon(outOffsets, outTargets, a, b, (c) => {
        closed[tierIndex[c] as number] += 1;
      });
      const tierA = tierIndex[a] as number;
      for (let tierC = 0; tierC < TIERS.length; tierC++) {
        const paths = (reachable[tierC] as number) - (closed[tierC] as number);
        if (paths === 0) continue;
        roles[roleOf(tierA, tierB, tierC)] += paths;
        roles.total += paths;
      }
    }
    return roles;
  };
}
