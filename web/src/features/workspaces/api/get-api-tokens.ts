import { graphql } from '../../../gql';
import type { ApiTokensQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type ApiTokenRow = ApiTokensQuery['apiTokens'][number];

graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    workspaceId
    role
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

/** The signed-in user's API tokens (every workspace), newest first. */
export async function getApiTokens(signal?: AbortSignal): Promise<ApiTokenRow[]> {
  return (await request(API_TOKENS, {}, signal)).apiTokens;
}
