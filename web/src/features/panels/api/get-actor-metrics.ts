import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export interface BrokerageRolesAnswer {
  coordinator: number;
  itinerant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
  total: number;
}

export interface BrokerAnswer {
  actorId: string;
  /** Position by betweenness among all ranked actors, 1 = highest. */
  rank: number;
  degree: number;
  betweenness: number;
  betweennessStandardError: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  roles: BrokerageRolesAnswer;
}

export interface CommunityAnswer {
  index: number;
  size: number;
  actorIds: string[];
  eiIndex: number | null;
  dominantTier: { value: string; share: number };
}

/** The measures of one actor, or null when it is not among the ranked actors (filtered out). */
export interface ActorMetrics {
  broker: BrokerAnswer | null;
  rank: number | null;
  rankedOf: number;
  sampled: boolean;
  community: CommunityAnswer | null;
  communityCount: number;
}

const METRICS = /* GraphQL */ `
  query ActorMetrics(${ANALYTICS_ARGS}, $actorId: ID!) {
    ${ANALYTICS_CALL} {
      brokers(actorId: $actorId) {
        sampled
        actorCount
        actors {
          actorId
          rank
          degree
          betweenness
          betweennessStandardError
          constraint
          effectiveSize
          roles { coordinator itinerant gatekeeper representative liaison total }
        }
      }
      silos { communities { index size actorIds eiIndex dominantTier { value share } } }
    }
  }
`;

interface Answer {
  analytics: {
    brokers: { sampled: boolean; actorCount: number; actors: BrokerAnswer[] };
    silos: { communities: CommunityAnswer[] };
  };
}

/**
 * Betweenness, constraint, effective size, brokerage roles and Louvain community of one actor, with its rank
 * among every actor of the (filtered) map.
 */
export async function getActorMetrics(
  actorId: string,
  scope: AnalyticsScope,
  signal?: AbortSignal,
): Promise<ActorMetrics> {
  const { analytics } = await request<Answer>(METRICS, { ...analyticsVariables(scope), actorId }, signal);
  const broker = analytics.brokers.actors.find((row) => row.actorId === actorId) ?? null;
  const communities = analytics.silos.communities;
  return {
    broker,
    rank: broker?.rank ?? null,
    rankedOf: analytics.brokers.actorCount,
    sampled: analytics.brokers.sampled,
    community: communities.find((community) => community.actorIds.includes(actorId)) ?? null,
    communityCount: communities.length,
  };
}
