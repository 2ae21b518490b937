import { graphql } from '../../../gql';
import type { PartnersQuery } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export type PartnerAnswer = PartnersQuery['analytics']['partners']['candidates'][number];
export type ActorRef = PartnerAnswer['introductionActors'][number];

const PARTNERS = graphql(`
  query Partners($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $actorId: ID!, $top: Int) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      partners(actorId: $actorId, top: $top) {
        candidates {
          actorId
          score
          distance
          reasons
          actor {
            id
            name
            tier
            kind
            country
          }
          introductionActors {
            id
            name
          }
          link {
            commonPartners {
              id
              name
            }
            corridors {
              country
              diasporaActor {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** The best partner candidates for an actor, with their reasons and the actors those reasons rest on. */
export async function getPartners(
  actorId: string,
  scope: AnalyticsScope,
  top: number,
  signal?: AbortSignal,
): Promise<PartnerAnswer[]> {
  const data = await request(PARTNERS, { ...analyticsVariables(scope), actorId, top }, signal);
  return data.analytics.partners.candidates;
}
