import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($workspace: ID!, $userId: ID!) {
    removeMember(workspace: $workspace, userId: $userId)
  }
`);

/** Removes a member (owners; anyone may remove themselves), effective on their next request. */
export async function removeMember(workspace: string, userId: string): Promise<void> {
  await request(REMOVE_MEMBER, { workspace, userId });
}
