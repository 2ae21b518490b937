import { graphql } from '../../../gql';
import type { FundingOverviewQuery } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export type FundingOverview = FundingOverviewQuery['analytics']['funding'];
export type RecipientFundingAnswer = FundingOverview['recipients'][number];
export type FunderPortfolioAnswer = FundingOverview['funders'][number];
export type UnfundedCellAnswer = FundingOverview['unfundedCells'][number];
export type CoFundingAnswer = FundingOverview['coFunding'][number];

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
          stateShare
          directStateShare
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
          byTheme {
            relationCount
            unknownAmountCount
            recipientIds
            amounts {
              currency
              amount
            }
            theme
          }
          byTier {
            relationCount
            unknownAmountCount
            recipientIds
            amounts {
              currency
              amount
            }
            tier
          }
        }
        unfundedCells {
          theme
          tier
          actors {
            id
            name
          }
        }
        coFunding {
          funderAId
          funderBId
          funderA {
            id
            name
          }
          funderB {
            id
            name
          }
          sharedRecipients {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * Funders with their portfolios (by recipient, theme and tier), recipients with their dependence, the
 * unfunded theme × tier cells and the co-funding pairs (PRODUCT.md §4.6).
 */
export async function getFundingOverview(scope: AnalyticsScope, signal?: AbortSignal): Promise<FundingOverview> {
  const data = await request(FUNDING_OVERVIEW, analyticsVariables(scope), signal);
  return data.analytics.funding;
}
