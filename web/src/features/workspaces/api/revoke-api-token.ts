import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Revokes an API token: scripts using it are refused from the next request on. */
export async function revokeApiToken(id: string): Promise<void> {
  await request(REVOKE_API_TOKEN, { id });
}
