import type { GraphData } from './analytics-graph';
import { actorIndexById } from './analytics-graph';
import type { ActorBetweenness, BetweennessOptions, BetweennessResult } from './betweenness';
import { betweenness } from './betweenness';
import type { ActorBrokerageRoles } from './brokerage-roles';
import { brokerageRolesAt } from './brokerage-roles';
import { constraintAt } from './constraint';
import { effectiveSizeAt } from './effective-size';
import { coreNumbers } from './core-number';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { pageRankOf } from './page-rank';

export interface BrokerRow {
  actorId: string;
  /** Number of distinct cooperative partners. */
  degree: number;
  /** PageRank on the cooperative graph (`page-rank.ts`); values over all actors sum to 1. */
  pageRank: number;
  /** Core number on the cooperative graph (`core-number.ts`). */
  coreNumber: number;
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

/** The brokers ranking without the local measures: every actor's betweenness, highest first. */
export interface BrokerRanking extends Omit<BrokersResult, 'actors'> {
  /** Highest betweenness first, then by actor id. */
  ranked: ActorBetweenness[];
}

/**
 * The brokers analysis (PRODUCT.md §4.7) for every actor: betweenness (Brandes 2001), Burt's (1992)
 * constraint and effective size on the undirected cooperative graph, and Gould & Fernandez (1989)
 * brokerage roles on directed cooperative ties with tier as the group.
 */
export function brokers(data: Readonly<GraphData>, options: Readonly<BetweennessOptions> = {}): BrokersResult {
  const { ranked, ...ranking } = rankBrokers(data, options);
  return { ...ranking, actors: brokerRows(data, ranked) };
}

/**
 * Betweenness of every actor, ranked. Ranking needs betweenness alone, so a client asking for the
 * top 20 pays for the local measures of 20 actors (`brokerRows`), not of every actor.
 */
export function rankBrokers(data: Readonly<GraphData>, options: Readonly<BetweennessOptions> = {}): BrokerRanking {
  return rankBetweenness(betweenness(data, options));
}

/**
 * A betweenness result (computed here or summed elsewhere) as the brokers ranking. Values equal to 12
 * significant digits rank as ties (by actor id): the same sum added up in another order (in parts, in
 * the background) differs in the last bits, and must not reorder actors that are truly tied.
 */
export function rankBetweenness(central: Readonly<BetweennessResult>): BrokerRanking {
  const key = new Map(central.scores.map((score) => [score.actorId, Number(score.betweenness.toPrecision(12))]));
  const keyOf = (score: ActorBetweenness): number => key.get(score.actorId) as number;
  return {
    betweennessMethod: central.method,
    pivots: central.pivots,
    errorBound: central.errorBound,
    errorConfidence: central.errorConfidence,
    ranked: [...central.scores].sort((a, b) => keyOf(b) - keyOf(a) || (a.actorId < b.actorId ? -1 : 1)),
  };
}

/** The rows of these actors (from `rankBrokers`, in the order given), with their local measures. */
export function brokerRows(data: Readonly<GraphData>, scores: readonly ActorBetweenness[]): BrokerRow[] {
  const { offsets } = indexCooperativeAdjacency(data);
  const indexOf = actorIndexById(data);
  const constraintOf = constraintAt(data);
  const effectiveSizeOf = effectiveSizeAt(data);
  const rolesOf = brokerageRolesAt(data);
  const pageRanks = pageRankOf(data);
  const cores = coreNumbers(data);
  return scores.map((score): BrokerRow => {
    const i = indexOf.get(score.actorId) as number;
    const { actorId: _ignored, ...roles } = rolesOf(i);
    return {
      actorId: score.actorId,
      degree: (offsets[i + 1] as number) - (offsets[i] as number),
      pageRank: pageRanks[i] as number,
      coreNumber: cores[i] as number,
      betweenness: score.betweenness,
      betweennessStandardError: score.standardError,
      constraint: constraintOf(i),
      effectiveSize: effectiveSizeOf(i),
      roles,
    };
  });
}
