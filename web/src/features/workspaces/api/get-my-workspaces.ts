import { graphql } from '../../../gql';
import type { MyWorkspacesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type WorkspaceRow = MyWorkspacesQuery['workspaces'][number];

const MY_WORKSPACES = graphql(`
  query MyWorkspaces {
    workspaces {
      id
      slug
      title
      visibility
      myRole
      actorCount
    }
  }
`);

/** Every workspace the viewer may see, with the viewer's role (null where it is not a member). */
export async function getMyWorkspaces(signal?: AbortSignal): Promise<WorkspaceRow[]> {
  return (await request(MY_WORKSPACES, {}, signal)).workspaces;
}
