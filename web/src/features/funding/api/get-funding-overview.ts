import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

interface Named {
  id: string;
  name: string;
  tier: string;
}

export interface RecipientFundingAnswer {
  recipientId: string;
  recipient: Named | null;
  shareBasis: 'AMOUNT' | 'COUNT';
  currency: string | null;
  totalAmount: number | null;
  relationCount: number;
  hhi: number;
  topFunderShare: number;
  governmentShare: number;
  dependent: boolean;
  funders: { funderId: string; funder: Named | null; amount: number | null; share: number; relationIds: string[] }[];
}

export interface FunderPortfolioAnswer {
  funderId: string;
  funder: Named | null;
  amounts: { currency: string | null; amount: number }[];
  relationCount: number;
  unknownAmountCount: number;
  recipientIds: string[];
}

export interface FundingOverview {
  dependenceThreshold: number;
  dependentCount: number;
  recipients: RecipientFundingAnswer[];
  funders: FunderPortfolioAnswer[];
}

const FUNDING_OVERVIEW = /* GraphQL */ `
  query FundingOverview(${ANALYTICS_ARGS}) {
    ${ANALYTICS_CALL} {
      funding {
        dependenceThreshold
        dependentCount
        recipients {
          recipientId
          recipient { id name tier }
          shareBasis
          currency
          totalAmount
          relationCount
          hhi
          topFunderShare
          governmentShare
          dependent
          funders { funderId funder { id name tier } amount share relationIds }
        }
        funders {
          funderId
          funder { id name tier }
          amounts { currency amount }
          relationCount
          unknownAmountCount
          recipientIds
        }
      }
    }
  }
`;

/** Funders with their portfolios and recipients with their dependence (PRODUCT.md §4.6). */
export async function getFundingOverview(scope: AnalyticsScope, signal?: AbortSignal): Promise<FundingOverview> {
  const data = await request<{ analytics: { funding: FundingOverview } }>(
    FUNDING_OVERVIEW,
    analyticsVariables(scope),
    signal,
  );
  return data.analytics.funding;
}
