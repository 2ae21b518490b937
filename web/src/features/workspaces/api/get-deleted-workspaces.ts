import { graphql } from '../../../gql';
import type { DeletedWorkspacesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type DeletedWorkspaceRow = DeletedWorkspacesQuery['deletedWorkspaces'][number];

const DELETED_WORKSPACES = graphql(`
  query DeletedWorkspaces {
    deletedWorkspaces {
      id
      slug
      title
      deletedAt
      purgeAt
    }
  }
`);

/** The viewer's deleted workspaces that can still be restored, with when each is purged. */
export async function getDeletedWorkspaces(signal?: AbortSignal): Promise<DeletedWorkspaceRow[]> {
  return (await request(DELETED_WORKSPACES, {}, signal)).deletedWorkspaces;
}
