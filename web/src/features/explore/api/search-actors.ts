import type { MapActor } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

const SEARCH = /* GraphQL */ `
  query SearchActors($workspace: ID!, $search: String!) {
    actors(workspace: $workspace, search: $search, first: 8) {
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
    }
  }
`;

/** Up to eight actors matching the words typed, best first. */
export async function searchActors(workspace: string, search: string, signal?: AbortSignal): Promise<MapActor[]> {
  const data = await request<{ actors: { edges: { node: MapActor }[] } }>(SEARCH, { workspace, search }, signal);
  return data.actors.edges.map((edge) => edge.node);
}
