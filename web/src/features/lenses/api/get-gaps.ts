import { request } from '../../../lib/graphql-client';
import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';

export interface SuggestedLinkAnswer {
  sourceId: string;
  targetId: string;
  score: number;
  reasons: string[];
}

export interface TierPairAnswer {
  lowerTier: string;
  upperTier: string;
  isGap: boolean;
  lowerActorIds: string[];
  upperActorIds: string[];
  suggestedLinks: SuggestedLinkAnswer[];
}

export interface GapsAnswer {
  theme: string;
  gapCount: number;
  tiersPresent: { tier: string; actorIds: string[] }[];
  pairs: TierPairAnswer[];
}

const GAPS = /* GraphQL */ `
  query Gaps(${ANALYTICS_ARGS}, $theme: String!) {
    ${ANALYTICS_CALL} {
      gaps(theme: $theme) {
        theme
        gapCount
        tiersPresent { tier actorIds }
        pairs {
          lowerTier
          upperTier
          isGap
          lowerActorIds
          upperActorIds
          suggestedLinks { sourceId targetId score reasons }
        }
      }
    }
  }
`;

/** Vertical gaps on one theme, with suggested links across each gap (the Gaps lens). */
export async function getGaps(scope: AnalyticsScope, theme: string, signal?: AbortSignal): Promise<GapsAnswer> {
  const data = await request<{ analytics: { gaps: GapsAnswer } }>(
    GAPS,
    { ...analyticsVariables(scope), theme },
    signal,
  );
  return data.analytics.gaps;
}
