import { graphql } from '../../../gql';
import type { InviteMemberMutation, Role } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type CreatedInvitation = InviteMemberMutation['inviteMember'];

const INVITE_MEMBER = graphql(`
  mutation InviteMember($workspace: ID!, $email: String!, $role: Role!) {
    inviteMember(workspace: $workspace, email: $email, role: $role) {
      invitation {
        id
        email
        role
        expiresAt
      }
      acceptPath
    }
  }
`);

/** Invites an e-mail address with a role (owners). No mail is sent: the answer holds the link to pass on. */
export async function inviteMember(workspace: string, email: string, role: Role): Promise<CreatedInvitation> {
  return (await request(INVITE_MEMBER, { workspace, email, role })).inviteMember;
}
