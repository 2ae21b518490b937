import type { MapRelation } from '../../../lib/domain';
import { graphql } from '../../../gql';
import type { RelationListFilter } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import type { Page } from './get-actors-page';

const RELATIONS_PAGE = graphql(`
  query RelationsPage($workspace: ID!, $first: Int, $after: String, $filter: RelationListFilter) {
    relations(workspace: $workspace, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...MapRelationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page (up to 500) of a workspace's relations. */
export async function getRelationsPage(
  workspace: string,
  after: string | null,
  signal?: AbortSignal,
  filter?: RelationListFilter,
): Promise<Page<MapRelation>> {
  const { relations } = await request(RELATIONS_PAGE, { workspace, first: 500, after, filter }, signal);
  return {
    totalCount: relations.totalCount,
    items: relations.edges.map((edge) => edge.node),
    ...relations.pageInfo,
  };
}
