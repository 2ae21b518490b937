import { graphql } from '../../../gql';
import type { FindPathsQuery, Mode, RelationType } from '../../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export type PathAnswer = FindPathsQuery['analytics']['paths']['paths'][number];

/** What the path finder asks for: the two ends, how many paths, and which relations may be used. */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  types: string[];
  modes: string[];
  minConfidence: number | null;
}

const PATHS = graphql(`
  query FindPaths(
    $workspace: ID!
    $asOf: String
    $filter: AnalyticsFilter
    $from: ID!
    $to: ID!
    $k: Int
    $types: [RelationType!]
    $modes: [Mode!]
    $minConfidence: Float
  ) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      paths(from: $from, to: $to, k: $k, types: $types, modes: $modes, minConfidence: $minConfidence) {
        paths {
          actorIds
          length
          steps {
            fromId
            toId
            relations {
              id
              type
              sourceId
              targetId
              directed
              confidence
            }
          }
          actors {
            id
            name
            tier
          }
        }
      }
    }
  }
`);

/** Up to k shortest paths between two actors (Yen 1971), over the relations the query allows. */
export async function findPaths(scope: AnalyticsScope, query: PathQuery, signal?: AbortSignal): Promise<PathAnswer[]> {
  const variables = {
    ...analyticsVariables(scope),
    from: query.from,
    to: query.to,
    k: query.k,
    // The form offers the schema's values only; the API rejects anything else with BAD_USER_INPUT.
    types: query.types.length ? (query.types as RelationType[]) : null,
    modes: query.modes.length ? (query.modes as Mode[]) : null,
    minConfidence: query.minConfidence,
  };
  const data = await request(PATHS, variables, signal);
  return data.analytics.paths.paths;
}
