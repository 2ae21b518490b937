import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const MAP_SIZE = graphql(`
  query MapSize($workspace: ID!) {
    actors(workspace: $workspace, first: 0) {
      totalCount
    }
    relations(workspace: $workspace, first: 0) {
      totalCount
    }
  }
`);

/** How many actors and relations a workspace's map holds, before any page of them arrives. */
export async function getMapSize(
  workspace: string,
  signal?: AbortSignal,
): Promise<{ actors: number; relations: number }> {
  const data = await request(MAP_SIZE, { workspace }, signal);
  return { actors: data.actors.totalCount, relations: data.relations.totalCount };
}
