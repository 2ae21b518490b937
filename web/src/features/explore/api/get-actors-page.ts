import type { MapActor } from '../../../lib/domain';
import { graphql } from '../../../gql';
import type { ActorFilter } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export interface Page<T> {
  totalCount: number;
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const ACTORS_PAGE = graphql(`
  query ActorsPage($workspace: ID!, $first: Int, $after: String, $filter: ActorFilter) {
    actors(workspace: $workspace, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...MapActorFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page (up to 500) of a workspace's actors. */
export async function getActorsPage(
  workspace: string,
  after: string | null,
  signal?: AbortSignal,
  filter?: ActorFilter,
): Promise<Page<MapActor>> {
  const { actors } = await request(ACTORS_PAGE, { workspace, first: 500, after, filter }, signal);
  return {
    totalCount: actors.totalCount,
    items: actors.edges.map((edge) => edge.node),
    ...actors.pageInfo,
  };
}
