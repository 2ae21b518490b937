import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import type { SilosAnswer } from '../lens-answers';

const SILOS = graphql(`
  query Silos($workspace: ID!, $asOf: String, $filter: AnalyticsFilter) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      silos {
        componentCount
        modularity
        communities {
          index
          size
          actorIds
          dominantTier {
            value
            share
          }
          dominantSector {
            value
            share
          }
          dominantCountry {
            value
            share
          }
          eiIndex
        }
        tiers {
          group
          size
          eiIndex
        }
        sectors {
          group
          size
          eiIndex
        }
      }
    }
  }
`);

/** Louvain communities and E–I indices of the cooperative graph (the Silos lens). */
export async function getSilos(scope: AnalyticsScope, signal?: AbortSignal): Promise<SilosAnswer> {
  const data = await request(SILOS, analyticsVariables(scope), signal);
  return data.analytics.silos;
}
