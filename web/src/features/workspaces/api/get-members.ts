import { graphql } from '../../../gql';
import type { MembersQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type MembersAndInvitations = NonNullable<MembersQuery['workspace']>;
export type MemberRow = MembersAndInvitations['members'][number];
export type InvitationRow = MembersAndInvitations['invitations'][number];

const MEMBERS = graphql(`
  query Members($slug: String!) {
    workspace(slug: $slug) {
      id
      members {
        userId
        email
        name
        role
        since
      }
      invitations {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`);

/** A workspace's members and open invitations (owners only: FORBIDDEN otherwise). */
export async function getMembers(slug: string, signal?: AbortSignal): Promise<MembersAndInvitations | null> {
  return (await request(MEMBERS, { slug }, signal)).workspace;
}
