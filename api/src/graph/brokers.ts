import type { GraphData } from './analytics-graph';
import type { BetweennessOptions, BetweennessResult } from './betweenness';
import { betweenness } from './betweenness';
import type { ActorBrokerageRoles } from './brokerage-roles';
import { brokerageRoles } from './brokerage-roles';
import { burtConstraint } from './constraint';
import { effectiveSize } from './effective-size';
import { indexCooperativeAdjacency } from './indexed-adjacency';

export interface BrokerRow {
  actorId: string;
  /** Number of distinct cooperative partners. */
  degree: number;
  betweenness: number;
  betweennessStandardError: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  roles: Omit<ActorBrokerageRoles, 'actorId'>;
}

export interface BrokersResult {
  betweennessMethod: BetweennessResult['method'];
  pivots: number | null;
  errorBound: number | null;
  errorConfidence: number | null;
  /** Highest betweenness first, then by actor id. */
  actors: BrokerRow[];
}

/**
 * The brokers analysis (PRODUCT.md §4.7) for every actor: betweenness (Brandes 2001), Burt's (1992)
 * constraint and effective size on the undirected cooperative graph, and Gould & Fernandez (1989)
 * brokerage roles on directed cooperative ties with tier as the group.
 */
export function brokers(data: Readonly<GraphData>, options: Readonly<BetweennessOptions> = {}): BrokersResult {
  const central = betweenness(data, options);
  const { ids, offsets } = indexCooperativeAdjacency(data);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const degreeOf = (id: string): number => {
    const i = indexOf.get(id);
    return i === undefined ? 0 : (offsets[i + 1] as number) - (offsets[i] as number);
  };
  const constraintOf = new Map(burtConstraint(data).map((row) => [row.actorId, row.constraint]));
  const sizeOf = new Map(effectiveSize(data).map((row) => [row.actorId, row.effectiveSize]));
  const rolesOf = new Map(brokerageRoles(data).map((row) => [row.actorId, row]));

  const actors = central.scores.map((score): BrokerRow => {
    const { actorId: _ignored, ...roles } = rolesOf.get(score.actorId) as ActorBrokerageRoles;
    return {
      actorId: score.actorId,
      degree: degreeOf(score.actorId),
      betweenness: score.betweenness,
      betweennessStandardError: score.standardError,
      constraint: constraintOf.get(score.actorId) ?? null,
      effectiveSize: sizeOf.get(score.actorId) ?? null,
      roles,
    };
  });
  actors.sort((a, b) => b.betweenness - a.betweenness || (a.actorId < b.actorId ? -1 : 1));
  return {
    betweennessMethod: central.method,
    pivots: central.pivots,
    errorBound: central.errorBound,
    errorConfidence: central.errorConfidence,
    actors,
  };
}
