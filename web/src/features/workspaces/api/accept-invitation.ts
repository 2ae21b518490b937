import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      slug
      title
      myRole
    }
  }
`);

/** Joins the workspace of an invitation made for the signed-in user's e-mail address. */
export async function acceptInvitation(
  token: string,
): Promise<{ id: string; slug: string; title: string; myRole: string | null }> {
  return (await request(ACCEPT_INVITATION, { token })).acceptInvitation;
}
