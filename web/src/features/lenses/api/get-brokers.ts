import { request } from '../../../lib/graphql-client';
import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';

export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface BrokerAnswer {
  actorId: string;
  betweenness: number;
  constraint: number | null;
  effectiveSize: number | null;
  roles: Record<BrokerageRole, number> & { total: number };
}

export interface BrokersAnswer {
  method: string;
  actorCount: number;
  actors: BrokerAnswer[];
}

const BROKERS = /* GraphQL */ `
  query Brokers(${ANALYTICS_ARGS}) {
    ${ANALYTICS_CALL} {
      brokers(top: 500) {
        method
        actorCount
        actors {
          actorId
          betweenness
          constraint
          effectiveSize
          roles { coordinator itinerant gatekeeper representative liaison total }
        }
      }
    }
  }
`;

/** Betweenness, constraint and Gould–Fernandez roles of the top 500 brokers (the Brokers lens). */
export async function getBrokers(scope: AnalyticsScope, signal?: AbortSignal): Promise<BrokersAnswer> {
  const data = await request<{ analytics: { brokers: BrokersAnswer } }>(BROKERS, analyticsVariables(scope), signal);
  return data.analytics.brokers;
}
