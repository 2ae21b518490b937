import type { MapActor, MapRelation } from '../../../lib/domain';
import { readCached } from '../../../lib/idb-store';
import { prewarmLayoutWorker } from '../../../lib/use-tier-layout';
import { MAP_PARTS, takeEarlyMapResponse } from '../../../lib/early-map-request';
import { getMapGraph, readEarlyMapGraph } from '../api/get-map-graph';
import type { MapGraphData } from '../map-graph-columns';
import { getRevision } from '../api/get-revision';

/** Map data kept in IndexedDB with the revision it was read at. */
export interface CachedGraph {
  workspace: string;
  revision: string;
  actors: MapActor[];
  relations: MapRelation[];
}

/**
 * The first steps of loading a map, started before React renders: the revision, the IndexedDB copy
 * and — when there is no copy — the first part of the map from the API.
 */
export interface MapPrefetch {
  revision: Promise<string | null>;
  cached: Promise<CachedGraph | null>;
  /** Null when a cached copy exists (the hook then checks its revision and loads the parts itself). */
  firstPart: Promise<MapGraphData | null>;
}

let pending: { workspace: string; started: MapPrefetch } | null = null;

/**
 * Starts loading `workspace`'s map while the page's script still runs, so that the requests go out
 * before the first render rather than after it; useWorkspaceGraph takes them over (takeMapPrefetch).
 * When index.html already sent the first part (no copy in IndexedDB, see lib/early-map-request.ts),
 * its response is taken over and neither IndexedDB nor the revision is read.
 */
export function prefetchMap(workspace: string): void {
  prewarmLayoutWorker();
  const early = takeEarlyMapResponse(workspace);
  if (early) {
    pending = {
      workspace,
      started: {
        revision: Promise.resolve(null),
        cached: Promise.resolve(null),
        firstPart: early.then((response) => (response ? readEarlyMapGraph(response) : null)).catch(() => null),
      },
    };
    return;
  }
  const cached = readCached<CachedGraph>('graphs', workspace);
  pending = {
    workspace,
    started: {
      revision: getRevision(workspace).catch(() => null),
      cached,
      // A failed first part is loaded again by the hook (its error, if any, shows there).
      firstPart: cached.then((copy) => (copy ? null : getMapGraph(workspace, 0, MAP_PARTS).catch(() => null))),
    },
  };
}

/** The prefetch of `workspace`, once: a later load (reload, another workspace) starts afresh. */
export function takeMapPrefetch(workspace: string): MapPrefetch | null {
  const taken = pending?.workspace === workspace ? pending.started : null;
  pending = null;
  return taken;
}
