import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const DELETE_WORKSPACE = graphql(`
  mutation DeleteWorkspace($workspace: ID!) {
    deleteWorkspace(workspace: $workspace) {
      id
    }
  }
`);

/** Deletes a workspace (owners): hidden at once, restorable until it is purged. */
export async function deleteWorkspace(workspace: string): Promise<void> {
  await request(DELETE_WORKSPACE, { workspace });
}
