import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import type { SessionPayload } from '../../../lib/session/refresh-session';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

/** Signs in (the API also sets the refresh cookie). UNAUTHENTICATED on wrong credentials, RATE_LIMITED after repeated ones. */
export async function signIn(email: string, password: string): Promise<SessionPayload> {
  return (await request(SIGN_IN, { email, password }, { anonymous: true })).signIn;
}
