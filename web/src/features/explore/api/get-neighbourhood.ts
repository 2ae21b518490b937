import type { MapActor, MapRelation } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

export interface NeighbourhoodAnswer {
  centerId: string;
  truncated: number;
  nodes: { actorId: string; distance: number; hiddenNeighbours: number; actor: MapActor }[];
  edges: MapRelation[];
}

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($actorId: ID!, $limit: Int) {
    neighbourhood(actorId: $actorId, depth: 1, limit: $limit) {
      centerId
      truncated
      nodes {
        actorId
        distance
        hiddenNeighbours
        actor {
          id
          name
          kind
          tier
          sector
          country
          themes
        }
      }
      edges {
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
  }
`;

/** An actor's direct neighbours (at most `limit`, the actor included) and the ties between them. */
export async function getNeighbourhood(
  actorId: string,
  limit: number,
  signal?: AbortSignal,
): Promise<NeighbourhoodAnswer> {
  const data = await request<{ neighbourhood: NeighbourhoodAnswer }>(NEIGHBOURHOOD, { actorId, limit }, signal);
  return data.neighbourhood;
}
