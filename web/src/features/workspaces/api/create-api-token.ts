import { graphql } from '../../../gql';
import type { CreateApiTokenMutation, Role } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type CreatedApiToken = CreateApiTokenMutation['createApiToken'];

const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($workspace: ID!, $name: String!, $role: Role!, $expiresInDays: Int) {
    createApiToken(workspace: $workspace, name: $name, role: $role, expiresInDays: $expiresInDays) {
      token {
        ...ApiTokenFields
      }
      secret
    }
  }
`);

/** Makes a personal API token for one workspace; the secret is in this answer only. */
export async function createApiToken(
  workspace: string,
  name: string,
  role: Role,
  expiresInDays: number | null,
): Promise<CreatedApiToken> {
  return (await request(CREATE_API_TOKEN, { workspace, name, role, expiresInDays })).createApiToken;
}
