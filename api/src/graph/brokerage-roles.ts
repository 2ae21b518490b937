import type { GraphData } from './analytics-graph';
import { buildDirectedCooperativeGraph, indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';

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

/**
 * Gould & Fernandez (1989) brokerage roles with tier as the group, following R's `sna::brokerage`:
 * B brokers every two-path A → B → C over directed cooperative ties with A ≠ C and no tie A → C, and
 * each such path is counted for B under the role its three tiers give. Undirected relations count in
 * both directions; several relations along one ordered pair count as one arc (sna dichotomises too).
 * Returned in actor-id order.
 */
export function brokerageRoles(data: Readonly<GraphData>): ActorBrokerageRoles[] {
  const graph = buildDirectedCooperativeGraph(data);
  const actors = indexActors(data);
  const tierOf = (id: string): Tier | undefined => actors.get(id)?.tier;

  return graph.nodes().map((broker) => {
    const tier = tierOf(broker) as Tier;
    const roles: ActorBrokerageRoles = {
      actorId: broker,
      tier,
      coordinator: 0,
      itinerant: 0,
      gatekeeper: 0,
      representative: 0,
      liaison: 0,
      total: 0,
    };
    const sources = graph.inNeighbors(broker);
    const destinations = graph.outNeighbors(broker);
    for (const a of sources) {
      const tierA = tierOf(a);
      for (const c of destinations) {
        if (a === c || graph.hasDirectedEdge(a, c)) continue;
        const tierC = tierOf(c);
        if (tierA === tier && tierC === tier) roles.coordinator += 1;
        else if (tierA === tierC) roles.itinerant += 1;
        else if (tierC === tier) roles.gatekeeper += 1;
        else if (tierA === tier) roles.representative += 1;
        else roles.liaison += 1;
        roles.total += 1;
      }
    }
    return roles;
  });
}
