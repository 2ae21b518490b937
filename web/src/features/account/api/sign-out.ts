import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session on the server: its access token and refresh cookie stop working. */
export async function signOut(): Promise<void> {
  await request(SIGN_OUT, {});
}
