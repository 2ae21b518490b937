import { graphql } from '../../../gql';
import type { FundingOverviewQuery } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export type FundingOverview = FundingOverviewQuery['analytics']['funding'];
export type RecipientFundingAnswer = FundingOverview['recipients'][number];
export type FunderPortfolioAnswer = FundingOverview['funders'][number];

const FUNDING_OVERVIEW = graphql(`
  query FundingOverview($workspace: ID!, $asOf: String, $filter: AnalyticsFilter) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      funding {
        dependenceThreshold
        dependentCount
        recipients {
          recipientId
          recipient {
            id
            name
            tier
          }
          shareBasis
          currency
          totalAmount
          relationCount
          hhi
          topFunderShare
          governmentShare
          dependent
          funders {
            funderId
            funder {
              id
              name
              tier
            }
            amount
            share
            relationIds
          }
        }
        funders {
          funderId
          funder {
            id
            name
            tier
          }
          amounts {
            currency
            amount
          }
          relationCount
          unknownAmountCount
          recipientIds
        }
      }
    }
  }
`);

/** Funders with their portfolios and recipients with their dependence (PRODUCT.md §4.6). */
export async function getFundingOverview(scope: AnalyticsScope, signal?: AbortSignal): Promise<FundingOverview> {
  const data = await request(FUNDING_OVERVIEW, analyticsVariables(scope), signal);
  return data.analytics.funding;
}
