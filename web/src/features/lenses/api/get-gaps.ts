import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import type { GapsAnswer } from '../lens-answers';

const GAPS = graphql(`
  query Gaps($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $theme: String!) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      gaps(theme: $theme) {
        theme
        gapCount
        tiersPresent {
          tier
          actorIds
        }
        pairs {
          lowerTier
          upperTier
          systemKind
          countries
          isGap
          lowerActorIds
          upperActorIds
          suggestedLinks {
            ...LinkSuggestionFields
          }
        }
      }
    }
  }
`);

/** Vertical gaps on one theme, with suggested links across each gap (the Gaps lens). */
export async function getGaps(scope: AnalyticsScope, theme: string, signal?: AbortSignal): Promise<GapsAnswer> {
  const data = await request(GAPS, { ...analyticsVariables(scope), theme }, signal);
  return data.analytics.gaps;
}
