import type { MapActor, MapRelation } from '../../../lib/domain';
import { readCached } from '../../../lib/idb-store';
import { prewarmLayoutWorker } from '../../../lib/use-tier-layout';
import { getMapGraph } from '../api/get-map-graph';
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
 */
export function prefetchMap(workspace: string): void {
  prewarmLayoutWorker();
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

/**
 * The map is asked for in this many parts (by actor id, so each holds about as many actors): the first,
 * alone on the server, comes back in a fraction of the whole and is drawn while the others load.
 */
export const MAP_PARTS = 4;
