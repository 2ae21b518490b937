import { graphql } from '../../../gql';
import type { WorkspacesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type WorkspaceSummary = WorkspacesQuery['workspaces'][number];

const WORKSPACES = graphql(`
  query Workspaces {
    workspaces {
      id
      slug
      title
      actorCount
      relationCount
    }
  }
`);

/** The workspaces the viewer may see. */
export async function getWorkspaces(signal?: AbortSignal): Promise<WorkspaceSummary[]> {
  return (await request(WORKSPACES, {}, signal)).workspaces;
}
