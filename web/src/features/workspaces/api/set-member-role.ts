import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($workspace: ID!, $userId: ID!, $role: Role!) {
    setMemberRole(workspace: $workspace, userId: $userId, role: $role) {
      userId
      role
    }
  }
`);

/** Changes a member's role (owners); the API keeps at least one owner. */
export async function setMemberRole(workspace: string, userId: string, role: Role): Promise<void> {
  await request(SET_MEMBER_ROLE, { workspace, userId, role });
}
