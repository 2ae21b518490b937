import { graphql } from '../../../gql';
import type { WorkspaceInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_WORKSPACE = graphql(`
  mutation CreateWorkspace($input: WorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      slug
    }
  }
`);

/** Creates an empty workspace owned by the signed-in user. BAD_USER_INPUT per field, CONFLICT for a taken slug. */
export async function createWorkspace(input: WorkspaceInput): Promise<{ id: string; slug: string }> {
  return (await request(CREATE_WORKSPACE, { input })).createWorkspace;
}
