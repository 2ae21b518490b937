import { useState } from 'react';
import type { MapActor, MapRelation } from '../../../lib/domain';
import { readCached, writeCached } from '../../../lib/idb-store';
import { afterMapSettled } from '../../../lib/map-settled';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import { prewarmLayoutWorker } from '../../../lib/use-tier-layout';
import { getMapGraph } from '../api/get-map-graph';
import { getRevision } from '../api/get-revision';

export interface WorkspaceGraph {
  workspace: string;
  actors: MapActor[];
  relations: MapRelation[];
  /** While the data arrives: how many actors the whole map holds, when known. */
  expectedActors?: number;
}

/** Map data kept in IndexedDB with the revision it was read at. */
interface CachedGraph extends WorkspaceGraph {
  revision: string;
}

/**
 * All of a workspace's actors and relations. When IndexedDB holds them at the workspace's current
 * revision (a second visit to unchanged data) they come from there; otherwise from the API's
 * `mapGraph`, the whole map in one answer, which is then cached under the revision it was read at.
 * `partial` is kept for callers that draw while data arrives; one answer leaves it null.
 */
export function useWorkspaceGraph(workspace: string): {
  state: AsyncState<WorkspaceGraph>;
  partial: WorkspaceGraph | null;
  progress: string;
  reload: () => void;
} {
  const [progress, setProgress] = useState('');
  const [state, reload] = useAsync(workspace, async (signal) => {
    setProgress('Loading the map…');
    prewarmLayoutWorker();
    const revision = getRevision(workspace, signal).catch(() => null);
    const cached = await readCached<CachedGraph>('graphs', workspace);
    performance.mark('tiermap:cache-read');
    if (cached && cached.revision === (await revision) && cached.revision !== null)
      return { workspace, actors: cached.actors, relations: cached.relations };
    const { revision: read, actors, relations } = await getMapGraph(workspace, signal);
    performance.mark('tiermap:map-graph');
    // Storing clones the data on the main thread: after the first frame, not before it.
    void afterMapSettled().then(() =>
      writeCached<CachedGraph>('graphs', { workspace, revision: read, actors, relations }),
    );
    return { workspace, actors, relations };
  });
  return { state, partial: null, progress, reload };
}
