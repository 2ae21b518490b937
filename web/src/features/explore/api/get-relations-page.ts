import type { MapRelation } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';
import type { Page } from './get-actors-page';

const RELATIONS_PAGE = /* GraphQL */ `
  query RelationsPage($workspace: ID!, $first: Int, $after: String, $filter: RelationListFilter) {
    relations(workspace: $workspace, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          type
          sourceId
          targetId
          directed
          mode
          engagement
          themes
          since
          until
          amount
          currency
          confidence
          unsourced
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
  relations: {
    totalCount: number;
    edges: { node: MapRelation }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** One page (up to 500) of a workspace's relations. */
export async function getRelationsPage(
  workspace: string,
  after: string | null,
  signal?: AbortSignal,
  filter?: { types?: string[] },
): Promise<Page<MapRelation>> {
  const { relations } = await request<Answer>(RELATIONS_PAGE, { workspace, first: 500, after, filter }, signal);
  return {
    totalCount: relations.totalCount,
    items: relations.edges.map((edge) => edge.node),
    ...relations.pageInfo,
  };
}
