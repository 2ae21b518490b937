import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($workspace: ID!, $id: ID!) {
    revokeInvitation(workspace: $workspace, id: $id)
  }
`);

/** Withdraws an invitation not yet accepted (owners): its link stops working. */
export async function revokeInvitation(workspace: string, id: string): Promise<void> {
  await request(REVOKE_INVITATION, { workspace, id });
}
