import { request } from '../../../lib/graphql-client';

export interface WorkspaceSummary {
  id: string;
  slug: string;
  title: string;
  actorCount: number;
  relationCount: number;
}

const WORKSPACES = /* GraphQL */ `
  query Workspaces {
    workspaces {
      id
      slug
      title
      actorCount
      relationCount
    }
  }
`;

/** The workspaces the viewer may see. */
export async function getWorkspaces(signal?: AbortSignal): Promise<WorkspaceSummary[]> {
  return (await request<{ workspaces: WorkspaceSummary[] }>(WORKSPACES, {}, signal)).workspaces;
}
