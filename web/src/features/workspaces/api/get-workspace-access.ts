import { graphql } from '../../../gql';
import type { WorkspaceAccessQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type WorkspaceAccess = NonNullable<WorkspaceAccessQuery['workspace']>;

const WORKSPACE_ACCESS = graphql(`
  query WorkspaceAccess($slug: String!) {
    workspace(slug: $slug) {
      id
      slug
      title
      description
      visibility
      myRole
      canEdit
    }
  }
`);

/** The workspace with the viewer's role and edit right there; null when it does not exist or is hidden. */
export async function getWorkspaceAccess(slug: string, signal?: AbortSignal): Promise<WorkspaceAccess | null> {
  return (await request(WORKSPACE_ACCESS, { slug }, signal)).workspace;
}
