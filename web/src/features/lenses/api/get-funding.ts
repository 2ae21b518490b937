import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import type { FundingAnswer } from '../lens-answers';

const FUNDING = graphql(`
  query Funding($workspace: ID!, $asOf: String, $filter: AnalyticsFilter) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      funding {
        dependenceThreshold
        recipients {
          recipientId
          shareBasis
          currency
          totalAmount
          hhi
          topFunderId
          topFunderShare
          governmentShare
          dependent
          funders {
            funderId
            relationIds
            amount
            share
          }
        }
      }
    }
  }
`);

/** Funding flows per recipient with dependence (HHI, top-funder share) (the Funding lens). */
export async function getFunding(scope: AnalyticsScope, signal?: AbortSignal): Promise<FundingAnswer> {
  const data = await request(FUNDING, analyticsVariables(scope), signal);
  return data.analytics.funding;
}
