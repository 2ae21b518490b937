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

/** The measures of one actor, or null when it is not among the ranked actors (filtered out or past 500). */
export interface ActorMetrics {
  broker: BrokerAnswer | null;
  rank: number | null;
  rankedOf: number;
  sampled: boolean;
  community: CommunityAnswer | null;
  communityCount: number;
}

const TOP = 500;

const METRICS = /* GraphQL */ `
  query ActorMetrics(${ANALYTICS_ARGS}, $top: Int) {
    ${ANALYTICS_CALL} {
      brokers(top: $top) {
        sampled
        actorCount
        actors {
          actorId
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
 * Betweenness, constraint, effective size, brokerage roles and Louvain community of one actor. The API ranks
 * brokers workspace-wide (at most 500 returned), so the actor is picked out of that ranking.
 */
export async function getActorMetrics(
  actorId: string,
  scope: AnalyticsScope,
  signal?: AbortSignal,
): Promise<ActorMetrics> {
  const { analytics } = await request<Answer>(METRICS, { ...analyticsVariables(scope), top: TOP }, signal);
  const index = analytics.brokers.actors.findIndex((broker) => broker.actorId === actorId);
  const communities = analytics.silos.communities;
  return {
    broker: index >= 0 ? analytics.brokers.actors[index]! : null,
    rank: index >= 0 ? index + 1 : null,
    rankedOf: analytics.brokers.actorCount,
    sampled: analytics.brokers.sampled,
    community: communities.find((community) => community.actorIds.includes(actorId)) ?? null,
    communityCount: communities.length,
  };
}
