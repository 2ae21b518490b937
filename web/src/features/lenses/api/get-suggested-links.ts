import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import type { LinkAnswer } from '../lens-answers';

graphql(`
  fragment LinkSuggestionFields on LinkSuggestion {
    sourceId
    targetId
    score
    sharedThemes
    sameCountry
    commonPartnerIds
    corridors {
      diasporaActorId
      country
    }
    fillsGaps {
      theme
      lowerTier
      upperTier
      systemKind
      countries
    }
    bridgesCommunities
  }
`);

const SUGGESTED_LINKS = graphql(`
  query SuggestedLinks($workspace: ID!, $asOf: String, $filter: AnalyticsFilter, $top: Int!) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      suggestedLinks(top: $top) {
        candidatePairs
        suggestions {
          ...LinkSuggestionFields
        }
      }
    }
  }
`);

/** How many workspace-wide suggestions the Ecosystem lens lists. */
export const WORKSPACE_SUGGESTIONS = 30;

/** The best missing links of the whole workspace, highest score first (the Ecosystem lens's list). */
export async function getSuggestedLinks(scope: AnalyticsScope, signal?: AbortSignal): Promise<readonly LinkAnswer[]> {
  const data = await request(SUGGESTED_LINKS, { ...analyticsVariables(scope), top: WORKSPACE_SUGGESTIONS }, signal);
  return data.analytics.suggestedLinks.suggestions;
}
