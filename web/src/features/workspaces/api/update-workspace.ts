import { graphql } from '../../../gql';
import type { WorkspacePatch } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const UPDATE_WORKSPACE = graphql(`
  mutation UpdateWorkspace($workspace: ID!, $input: WorkspacePatch!) {
    updateWorkspace(workspace: $workspace, input: $input) {
      id
      title
      description
      visibility
    }
  }
`);

/** Changes a workspace's title, description or visibility (owners). */
export async function updateWorkspace(workspace: string, input: WorkspacePatch): Promise<void> {
  await request(UPDATE_WORKSPACE, { workspace, input });
}
