import { graphql } from '../../../gql';
import type { ActorMetricsQuery } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

type MetricsAnswer = ActorMetricsQuery['analytics'];
export type BrokerAnswer = MetricsAnswer['brokers']['actors'][number];
export type BrokerageRolesAnswer = BrokerAnswer['roles'];
export type CommunityAnswer = MetricsAnswer['silos']['communities'][number];

/** The measures of one actor, or null when it is not among the ranked actors (filtered out). */
export interface ActorMetrics {
  broker: BrokerAnswer | null;
  rank: number | null;
  rankedOf: number;
  sampled: boolean;
  community: CommunityAnswer | null;
  communityCount: number;
}

const METRICS = graphql(`
  query ActorMetrics($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $actorId: ID!) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
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
          roles {
            ...BrokerageRoleFields
          }
        }
      }
      silos(communityOf: $actorId) {
        communityCount
        communities {
          index
          size
          eiIndex
          dominantTier {
            value
            share
          }
        }
      }
    }
  }
`);

/**
 * Betweenness, constraint, effective size, brokerage roles and Louvain community of one actor, with its rank
 * among every actor of the (filtered) map.
 */
export async function getActorMetrics(
  actorId: string,
  scope: AnalyticsScope,
  signal?: AbortSignal,
): Promise<ActorMetrics> {
  const { analytics } = await request(METRICS, { ...analyticsVariables(scope), actorId }, signal);
  const broker = analytics.brokers.actors.find((row) => row.actorId === actorId) ?? null;
  return {
    broker,
    rank: broker?.rank ?? null,
    rankedOf: analytics.brokers.actorCount,
    sampled: analytics.brokers.sampled,
    // Only the actor's own community is asked for: on a big map the full list names every actor.
    community: analytics.silos.communities[0] ?? null,
    communityCount: analytics.silos.communityCount,
  };
}
