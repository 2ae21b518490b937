import type { MapActor } from '../../../lib/domain';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const SEARCH = graphql(`
  query SearchActors($workspace: ID!, $search: String!) {
    actors(workspace: $workspace, search: $search, first: 8) {
      edges {
        node {
          ...MapActorFields
        }
      }
    }
  }
`);

/** Up to eight actors matching the words typed, best first. */
export async function searchActors(workspace: string, search: string, signal?: AbortSignal): Promise<MapActor[]> {
  const data = await request(SEARCH, { workspace, search }, signal);
  return data.actors.edges.map((edge) => edge.node);
}
