import { graphql } from '../../../gql';
import type { HealthQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type HealthAnswer = HealthQuery;

const HEALTH = graphql(`
  query Health {
    health {
      status
      neo4j {
        connected
        version
        edition
      }
    }
  }
`);

/** The API's and the database's state. */
export function getHealth(signal?: AbortSignal): Promise<HealthAnswer> {
  return request(HEALTH, {}, signal);
}
