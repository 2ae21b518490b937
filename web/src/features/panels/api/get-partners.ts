import { graphql } from '../../../gql';
import type { PartnersQuery } from '../../../gql/graphql';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';
import { partnerVariables, type PartnerCriteria } from '../partner-criteria';

export type PartnerAnswer = PartnersQuery['analytics']['partners']['candidates'][number];
export type ActorRef = PartnerAnswer['introductionActors'][number];

const PARTNERS = graphql(`
  query Partners(
    $workspace: ID!
    $asOf: String
    $filter: AnalyticsFilter
    $actorId: ID!
    $top: Int
    $themes: [String!]
    $countries: [String!]
    $corridor: CorridorInput
  ) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      partners(actorId: $actorId, top: $top, themes: $themes, countries: $countries, corridor: $corridor) {
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

/**
 * The best partner candidates for an actor that meet the criteria, with their reasons and the actors
 * those reasons rest on (see `partnerVariables` for what the map's scope does to the search).
 */
export async function getPartners(
  actorId: string,
  scope: AnalyticsScope,
  criteria: PartnerCriteria,
  top: number,
  signal?: AbortSignal,
): Promise<PartnerAnswer[]> {
  const data = await request(PARTNERS, { ...partnerVariables(scope, criteria), actorId, top }, signal);
  return data.analytics.partners.candidates;
}
