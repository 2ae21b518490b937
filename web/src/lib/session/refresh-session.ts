import { graphql } from '../../gql';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { request } from '../graphql-client';

/** What signIn, signUp, refreshSession and changePassword answer: the user and a short-lived access token. */
export type SessionPayload = SessionFieldsFragment;

graphql(`
  fragment SessionFields on AuthPayload {
    user {
      id
      email
      name
      admin
    }
    accessToken
    accessTokenExpiresAt
  }
`);

const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
`);

/**
 * Exchanges the httpOnly refresh cookie for a new access token (the API renews the cookie too). Sent
 * without an access token: a stale one would be refused before the refresh could run.
 */
export async function refreshSession(): Promise<SessionPayload> {
  return (await request(REFRESH_SESSION, {}, { anonymous: true })).refreshSession;
}
