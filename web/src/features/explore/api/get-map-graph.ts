import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import { fromColumns, type MapGraphData } from '../map-graph-columns';

const MAP_GRAPH = graphql(`
  query MapGraph($workspace: ID!) {
    mapGraph(workspace: $workspace) {
      revision
      actors {
        count
        ids
        names
        kinds
        tiers
        sectors
        countries
        themes
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
        unsourced
      }
    }
  }
`);

/** Every actor and relation of a workspace's map in one request, with the revision it was read at. */
export async function getMapGraph(workspace: string, signal?: AbortSignal): Promise<MapGraphData> {
  const data = await request(MAP_GRAPH, { workspace }, signal);
  return fromColumns(data.mapGraph);
}
