import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export interface ActorRef {
  id: string;
  name: string;
}

export interface PartnerAnswer {
  actorId: string;
  score: number;
  distance: number | null;
  reasons: string[];
  actor: (ActorRef & { tier: string; kind: string; country: string | null }) | null;
  introductionActors: ActorRef[];
  link: {
    commonPartners: ActorRef[];
    corridors: { diasporaActor: ActorRef | null; country: string }[];
  };
}

const PARTNERS = /* GraphQL */ `
  query Partners(${ANALYTICS_ARGS}, $actorId: ID!, $top: Int) {
    ${ANALYTICS_CALL} {
      partners(actorId: $actorId, top: $top) {
        candidates {
          actorId
          score
          distance
          reasons
          actor { id name tier kind country }
          introductionActors { id name }
          link {
            commonPartners { id name }
            corridors { country diasporaActor { id name } }
          }
        }
      }
    }
  }
`;

/** The best partner candidates for an actor, with their reasons and the actors those reasons rest on. */
export async function getPartners(
  actorId: string,
  scope: AnalyticsScope,
  top: number,
  signal?: AbortSignal,
): Promise<PartnerAnswer[]> {
  const data = await request<{ analytics: { partners: { candidates: PartnerAnswer[] } } }>(
    PARTNERS,
    { ...analyticsVariables(scope), actorId, top },
    signal,
  );
  return data.analytics.partners.candidates;
}
