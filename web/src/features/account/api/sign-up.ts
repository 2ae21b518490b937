import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import type { SessionPayload } from '../../../lib/session/refresh-session';

const SIGN_UP = graphql(`
  mutation SignUp($email: String!, $password: String!, $name: String!) {
    signUp(email: $email, password: $password, name: $name) {
      ...SessionFields
    }
  }
`);

/** Creates an account and signs it in. BAD_USER_INPUT per field, CONFLICT for a taken address, FORBIDDEN when sign-up is off. */
export async function signUp(email: string, password: string, name: string): Promise<SessionPayload> {
  return (await request(SIGN_UP, { email, password, name }, { anonymous: true })).signUp;
}
