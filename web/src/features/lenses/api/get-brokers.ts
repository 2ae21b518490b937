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
  query Brokers($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $weighted: Boolean, $rankBy: BrokerMeasure) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      brokers(top: 500, weighted: $weighted, rankBy: $rankBy) {
        method
        exactPending
        weighted
        rankedBy
        actorCount
        actors {
          actorId
          rank
          degree
          pageRank
          coreNumber
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

/**
 * The top 500 brokers by the measure the view asks for (betweenness unless told), weighted when asked,
 * with constraint and Gould–Fernandez roles (the Brokers lens).
 */
export async function getBrokers(scope: AnalyticsScope, signal?: AbortSignal): Promise<BrokersAnswer> {
  const options = scope.analysis;
  const data = await request(
    BROKERS,
    { ...analyticsVariables(scope), weighted: options?.weighted ?? false, rankBy: options?.rankBy ?? 'BETWEENNESS' },
    signal,
  );
  return data.analytics.brokers;
}
