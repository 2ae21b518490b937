import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import type { BrokersAnswer } from '../lens-answers';

graphql(`
  fragment BrokerageRoleFields on BrokerageRoles {
    coordinator
    itinerant
    gatekeeper
    representative
    liaison
    total
  }
`);

const BROKERS = graphql(`
  query Brokers($workspace: ID!, $asOf: String, $filter: AnalyticsFilter) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      brokers(top: 500) {
        method
        actorCount
        actors {
          actorId
          rank
          betweenness
          constraint
          effectiveSize
          roles {
            ...BrokerageRoleFields
          }
        }
      }
    }
  }
`);

/** Betweenness, constraint and Gould–Fernandez roles of the top 500 brokers (the Brokers lens). */
export async function getBrokers(scope: AnalyticsScope, signal?: AbortSignal): Promise<BrokersAnswer> {
  const data = await request(BROKERS, analyticsVariables(scope), signal);
  return data.analytics.brokers;
}
