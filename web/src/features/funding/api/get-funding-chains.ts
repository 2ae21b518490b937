import { graphql } from '../../../gql';
import type { FundingChainsQuery } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export type FundingChainsAnswer = NonNullable<FundingChainsQuery['analytics']['fundingChains']>;

const FUNDING_CHAINS = graphql(`
  query FundingChains($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $recipientId: ID!) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      fundingChains(recipientId: $recipientId) {
        recipientId
        recipient {
          id
          name
        }
        shareBasis
        stateShare
        directStateShare
        truncated
        ultimateFunders {
          funderId
          funder {
            id
            name
          }
          source
          share
          direct
          amounts {
            currency
            amount
          }
          pathCount
          paths {
            share
            actors {
              id
              name
            }
          }
        }
        bySource {
          source
          share
        }
        inKind {
          funderId
          funder {
            id
            name
          }
        }
      }
    }
  }
`);

/** Who ultimately funds one recipient, through intermediaries (ADR 0028); null when it receives no funding. */
export async function getFundingChains(
  scope: AnalyticsScope,
  recipientId: string,
  signal?: AbortSignal,
): Promise<FundingChainsAnswer | null> {
  const data = await request(FUNDING_CHAINS, { ...analyticsVariables(scope), recipientId }, signal);
  return data.analytics.fundingChains ?? null;
}
