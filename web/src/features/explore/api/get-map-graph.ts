import { graphql } from '../../../gql';
import { readGraphQLResponse, request } from '../../../lib/graphql-client';
import type { MapGraphQuery } from '../../../gql/graphql';
import { fromColumns, type MapGraphData } from '../map-graph-columns';

const MAP_GRAPH = graphql(`
  query MapGraph($workspace: ID!, $part: Int!, $parts: Int!, $wholeUpTo: Int) {
    mapGraph(workspace: $workspace, part: $part, parts: $parts, wholeUpTo: $wholeUpTo) {
      revision
      parts
      actors {
        count
        ids
        names
        kinds
        tiers
        sectors
        countries
        themes
        since
        until
        formerNames
        renamedOn
        shortNames
      }
      relations {
        count
        ids
        types
        sourceIds
        targetIds
        directed
        modes
        engagements
        themes
        since
        until
        amounts
        currencies
        confidences
      }
    }
  }
`);

/**
 * Part `part` of `parts` of a workspace's map (actors by id share, with their outgoing relations), with
 * the revision it was read at; the parts together hold every actor and relation once. With
 * `wholeUpTo`, a map of at most that many actors comes whole (its `parts` is then 1).
 */
export async function getMapGraph(
  workspace: string,
  part: number,
  parts: number,
  signal?: AbortSignal,
  wholeUpTo: number | null = null,
): Promise<MapGraphData> {
  const data = await request(MAP_GRAPH, { workspace, part, parts, wholeUpTo }, signal);
  return fromColumns(data.mapGraph);
}

/** Part 0 from the response of the request index.html sent early (lib/early-map-request.ts). */
export async function readEarlyMapGraph(response: Response): Promise<MapGraphData> {
  const data = await readGraphQLResponse<MapGraphQuery>(response);
  return fromColumns(data.mapGraph);
}
