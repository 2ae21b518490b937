import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { generateGraph } from '../../../graph-seed/src/generate-graph';
import { graphFilesToData } from '../../../graph-seed/src/graph-files-data';

/** A synthetic map from the graph-seed generator as analytics data (ids are the external ids). */
export function syntheticGraph(actors: number, seed = 7): GraphData {
  return graphFilesToData(generateGraph({ actors, seed }));
}
