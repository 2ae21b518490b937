import { request } from '../../../lib/graphql-client';
import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';

export interface RecipientAnswer {
  recipientId: string;
  shareBasis: 'AMOUNT' | 'COUNT';
  currency: string | null;
  totalAmount: number | null;
  hhi: number;
  topFunderId: string;
  topFunderShare: number;
  governmentShare: number;
  dependent: boolean;
  funders: { funderId: string; relationIds: string[]; amount: number | null; share: number }[];
}

export interface FundingAnswer {
  dependenceThreshold: number;
  recipients: RecipientAnswer[];
}

const FUNDING = /* GraphQL */ `
  query Funding(${ANALYTICS_ARGS}) {
    ${ANALYTICS_CALL} {
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
          funders { funderId relationIds amount share }
        }
      }
    }
  }
`;

/** Funding flows per recipient with dependence (HHI, top-funder share) (the Funding lens). */
export async function getFunding(scope: AnalyticsScope, signal?: AbortSignal): Promise<FundingAnswer> {
  const data = await request<{ analytics: { funding: FundingAnswer } }>(FUNDING, analyticsVariables(scope), signal);
  return data.analytics.funding;
}
