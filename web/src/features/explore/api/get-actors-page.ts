import type { MapActor } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

export interface Page<T> {
  totalCount: number;
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const ACTORS_PAGE = /* GraphQL */ `
  query ActorsPage($workspace: ID!, $first: Int, $after: String, $filter: ActorFilter) {
    actors(workspace: $workspace, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          kind
          tier
          sector
          country
          themes
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Answer {
  actors: {
    totalCount: number;
    edges: { node: MapActor }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** One page (up to 500) of a workspace's actors. */
export async function getActorsPage(
  workspace: string,
  after: string | null,
  signal?: AbortSignal,
  filter?: { tiers?: string[] },
): Promise<Page<MapActor>> {
  const { actors } = await request<Answer>(ACTORS_PAGE, { workspace, first: 500, after, filter }, signal);
  return {
    totalCount: actors.totalCount,
    items: actors.edges.map((edge) => edge.node),
    ...actors.pageInfo,
  };
}
