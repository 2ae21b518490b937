import type { MapActor, MapRelation } from '../../../lib/domain';
import { cacheId, readCached, viewerClassOf } from '../../../lib/idb-store';
import { getSession, sessionKey, sessionReady } from '../../../lib/session/session';
import { prewarmLayoutWorker } from '../../../lib/use-tier-layout';
import { MAP_PARTS, takeEarlyMapResponse } from '../../../lib/early-map-request';
import { getMapGraph, readEarlyMapGraph } from '../api/get-map-graph';
import type { MapGraphData } from '../map-graph-columns';
import { getRevision } from '../api/get-revision';
import { DEFAULT_AGGREGATE_ABOVE } from '../../../lib/map-aggregation';

/** Map data kept in IndexedDB with the revision it was read at (whose prefix is the viewer class). */
export interface CachedGraph {
  /** cacheId(workspace, viewer class). */
  id: string;
  workspace: string;
  revision: string;
  actors: MapActor[];
  relations: MapRelation[];
}

/**
 * The first steps of loading a map, started before React renders: the revision, the IndexedDB copy
 * and — when there is no copy — the first part of the map from the API (the whole map when it is small
 * enough to be drawn actor by actor).
 */
export interface MapPrefetch {
  revision: Promise<string | null>;
  cached: Promise<CachedGraph | null>;
  /** Null when a cached copy exists (the hook then checks its revision and loads the parts itself). */
  firstPart: Promise<MapGraphData | null>;
}

/** The prefetch, for the workspace and the session (sessionKey) it was made for. */
let pending: { workspace: string; session: string | null; started: MapPrefetch } | null = null;
/**
 * The sessions whose map load has asked for the prefetch already. A prefetch made ready for one of
 * them only after it asked is dropped: its load went on without it, and a later load (back from the
 * import page, say) taking it would draw the map as it was at start-up.
 */
const askedBy = new Set<string | null>();

/**
 * The IndexedDB copy of `workspace`'s map for this viewer. An anonymous visitor sees the public class,
 * so its copy is read at once; a signed-in one's class is the prefix of the current revision.
 */
export async function readMapCopy(workspace: string, revision: Promise<string | null>): Promise<CachedGraph | null> {
  if (getSession().status === 'anonymous') return readCached<CachedGraph>('graphs', cacheId(workspace, 'public'));
  const current = await revision;
  return current === null ? null : readCached<CachedGraph>('graphs', cacheId(workspace, viewerClassOf(current)));
}

/**
 * Starts loading `workspace`'s map while the page's script still runs, so that the requests go out
 * before the first render rather than after it; useWorkspaceGraph takes them over (takeMapPrefetch).
 * When index.html already sent the first part (no copy in IndexedDB, see lib/early-map-request.ts),
 * its response is taken over and neither IndexedDB nor the revision is read. A signed-in visit waits
 * for its access token first (lib/session).
 */
export function prefetchMap(workspace: string): void {
  prewarmLayoutWorker();
  const early = takeEarlyMapResponse(workspace);
  if (early) {
    pending = {
      workspace,
      session: sessionKey(),
      started: {
        revision: Promise.resolve(null),
        cached: Promise.resolve(null),
        firstPart: early.then((response) => (response ? readEarlyMapGraph(response) : null)).catch(() => null),
      },
    };
    return;
  }
  void sessionReady().then(() => {
    if (askedBy.has(sessionKey())) return;
    const revision = getRevision(workspace).catch(() => null);
    const cached = readMapCopy(workspace, revision);
    pending = {
      workspace,
      session: sessionKey(),
      started: {
        revision,
        cached,
        // A failed first part is loaded again by the hook (its error, if any, shows there).
        firstPart: cached.then((copy) =>
          copy ? null : getMapGraph(workspace, 0, MAP_PARTS, undefined, DEFAULT_AGGREGATE_ABOVE).catch(() => null),
        ),
      },
    };
  });
}

/**
 * The prefetch of `workspace`, once: a later load (reload, another workspace) starts afresh, and so does
 * one for another session (someone signed in since: the prefetched map is not what they may see).
 */
export function takeMapPrefetch(workspace: string): MapPrefetch | null {
  askedBy.add(sessionKey());
  const taken = pending?.workspace === workspace && pending.session === sessionKey() ? pending.started : null;
  pending = null;
  return taken;
}
