import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';
import type { Step } from '../path-format';

export interface PathAnswer {
  actorIds: string[];
  length: number;
  steps: Step[];
  actors: { id: string; name: string; tier: string }[];
}

/** What the path finder asks for: the two ends, how many paths, and which relations may be used. */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  types: string[];
  modes: string[];
  minConfidence: number | null;
}

const PATHS = /* GraphQL */ `
  query FindPaths(
    ${ANALYTICS_ARGS}
    $from: ID!
    $to: ID!
    $k: Int
    $types: [RelationType!]
    $modes: [Mode!]
    $minConfidence: Float
  ) {
    ${ANALYTICS_CALL} {
      paths(from: $from, to: $to, k: $k, types: $types, modes: $modes, minConfidence: $minConfidence) {
        paths {
          actorIds
          length
          steps { fromId toId relations { id type sourceId targetId directed confidence } }
          actors { id name tier }
        }
      }
    }
  }
`;

/** Up to k shortest paths between two actors (Yen 1971), over the relations the query allows. */
export async function findPaths(scope: AnalyticsScope, query: PathQuery, signal?: AbortSignal): Promise<PathAnswer[]> {
  const variables = {
    ...analyticsVariables(scope),
    from: query.from,
    to: query.to,
    k: query.k,
    types: query.types.length ? query.types : null,
    modes: query.modes.length ? query.modes : null,
    minConfidence: query.minConfidence,
  };
  const data = await request<{ analytics: { paths: { paths: PathAnswer[] } } }>(PATHS, variables, signal);
  return data.analytics.paths.paths;
}
