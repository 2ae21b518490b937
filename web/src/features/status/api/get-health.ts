import { request } from '../../../lib/graphql-client';

export interface HealthAnswer {
  health: {
    status: 'OK' | 'DEGRADED';
    neo4j: { connected: boolean; version: string | null; edition: string | null };
  };
}

const HEALTH = /* GraphQL */ `
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
`;

export function getHealth(signal?: AbortSignal): Promise<HealthAnswer> {
  return request<HealthAnswer>(HEALTH, {}, signal);
}
