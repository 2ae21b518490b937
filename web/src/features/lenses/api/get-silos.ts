import { request } from '../../../lib/graphql-client';
import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';

export interface GroupEi {
  group: string;
  size: number;
  eiIndex: number | null;
}

export interface CommunityAnswer {
  index: number;
  size: number;
  actorIds: string[];
  dominantTier: { value: string; share: number };
  dominantSector: { value: string; share: number };
  dominantCountry: { value: string; share: number } | null;
  eiIndex: number | null;
}

export interface SilosAnswer {
  componentCount: number;
  modularity: number;
  communities: CommunityAnswer[];
  tiers: GroupEi[];
  sectors: GroupEi[];
}

const SILOS = /* GraphQL */ `
  query Silos(${ANALYTICS_ARGS}) {
    ${ANALYTICS_CALL} {
      silos {
        componentCount
        modularity
        communities {
          index
          size
          actorIds
          dominantTier { value share }
          dominantSector { value share }
          dominantCountry { value share }
          eiIndex
        }
        tiers { group size eiIndex }
        sectors { group size eiIndex }
      }
    }
  }
`;

/** Louvain communities and E–I indices of the cooperative graph (the Silos lens). */
export async function getSilos(scope: AnalyticsScope, signal?: AbortSignal): Promise<SilosAnswer> {
  const data = await request<{ analytics: { silos: SilosAnswer } }>(SILOS, analyticsVariables(scope), signal);
  return data.analytics.silos;
}
