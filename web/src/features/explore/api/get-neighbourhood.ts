import { graphql } from '../../../gql';
import type { NeighbourhoodQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type NeighbourhoodAnswer = NeighbourhoodQuery['neighbourhood'];

const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($actorId: ID!, $limit: Int) {
    neighbourhood(actorId: $actorId, depth: 1, limit: $limit) {
      centerId
      truncated
      nodes {
        actorId
        distance
        hiddenNeighbours
        actor {
          ...MapActorFields
        }
      }
      edges {
        ...MapRelationFields
      }
    }
  }
`);

/** An actor's direct neighbours (at most `limit`, the actor included) and the ties between them. */
export async function getNeighbourhood(
  actorId: string,
  limit: number,
  signal?: AbortSignal,
): Promise<NeighbourhoodAnswer> {
  const data = await request(NEIGHBOURHOOD, { actorId, limit }, signal);
  return data.neighbourhood;
}
