import { useState } from 'react';
import type { MapActor, MapRelation } from '../../../lib/domain';
import { MAP_PARTS, forgetMapCopy, markMapCopy } from '../../../lib/early-map-request';
import { cacheId, viewerClassOf, writeCached } from '../../../lib/idb-store';
import { getSession } from '../../../lib/session/session';
import { DEFAULT_AGGREGATE_ABOVE } from '../../../lib/map-aggregation';
import { afterFirstMapFrame, afterMapSettled } from '../../../lib/map-settled';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import { getMapGraph } from '../api/get-map-graph';
import { getRevision } from '../api/get-revision';
import { readMapCopy, takeMapPrefetch, type CachedGraph } from './map-prefetch';

export interface WorkspaceGraph {
  workspace: string;
  /** Where this viewer's copies of the map and its layout are kept (idb-store's cacheId). */
  cacheId: string;
  actors: MapActor[];
  relations: MapRelation[];
  /** While parts arrive: about how many actors the whole map holds. */
  expectedActors?: number;
}

/** Parts requested at once after the first: each is already two parallel reads on the server. */
const CONCURRENCY = 2;

/**
 * All of a workspace's actors and relations, as the viewer may see them. When IndexedDB holds them at
 * the workspace's current revision for the viewer's class (a second visit to unchanged data) they come
 * from there; otherwise from the API's
 * `mapGraph` in MAP_PARTS parts (in one answer when the map is small enough to be drawn actor by actor),
 * and are cached when every part was read at the same revision. The
 * first load of the page takes over what prefetchMap started before the first render.
 * `partial` is what has arrived so far (null once complete), on maps big enough to be aggregated.
 */
export function useWorkspaceGraph(
  workspace: string,
  /** False while the map is not shown (the workspace page): it is loaded, or checked, when it is. */
  active = true,
): {
  state: AsyncState<WorkspaceGraph>;
  partial: WorkspaceGraph | null;
  progress: string;
  reload: () => void;
} {
  const [progress, setProgress] = useState('');
  const [partial, setPartial] = useState<WorkspaceGraph | null>(null);
  const [state, reload] = useAsync(active ? workspace : null, async (signal) => {
    setPartial(null);
    setProgress('Loading the map…');
    const early = takeMapPrefetch(workspace);
    const revision = early?.revision ?? getRevision(workspace, signal).catch(() => null);
    const session = getSession();
    const cached = await (early?.cached ?? readMapCopy(workspace, revision));
    performance.mark('tiermap:cache-read');
    if (cached && cached.revision === (await revision) && cached.revision !== null)
      return { workspace, cacheId: cached.id, actors: cached.actors, relations: cached.relations };
    // The copy, if any, is out of date: until a current one is stored, visits ask for the map early.
    if (cached) forgetMapCopy(workspace);
    const actors: MapActor[] = [];
    const relations: MapRelation[] = [];
    const revisions = new Set<string>();
    let done = 0;
    let parts = MAP_PARTS;
    let expectedActors = 0;
    let id = cacheId(workspace, 'public');
    const load = async (part: number) => {
      const prefetched = part === 0 ? await early?.firstPart : null;
      // The first request asks for a small map whole: a map drawn actor by actor waits for all of it.
      const wholeUpTo = part === 0 ? DEFAULT_AGGREGATE_ABOVE : null;
      const answer = prefetched ?? (await getMapGraph(workspace, part, MAP_PARTS, signal, wholeUpTo));
      if (signal.aborted) return;
      revisions.add(answer.revision);
      id = cacheId(workspace, viewerClassOf(answer.revision));
      actors.push(...answer.actors);
      relations.push(...answer.relations);
      done += 1;
      if (part === 0) {
        parts = answer.parts;
        expectedActors = answer.actors.length * parts;
      }
      if (done === parts) return;
      setProgress(
        `Loading the map: ${done} of ${parts} parts in · ${actors.length} actors · ${relations.length} relations…`,
      );
      // A map drawn actor by actor is redrawn whole for every part, which costs more than waiting for
      // the rest; an aggregated one redraws cheaply, so only that is drawn part by part.
      if (expectedActors > DEFAULT_AGGREGATE_ABOVE)
        setPartial({ workspace, cacheId: id, actors: actors.slice(), relations: relations.slice(), expectedActors });
    };
    await load(0);
    performance.mark('tiermap:map-first-part');
    // A big map draws its first part first: the other parts would take the CPU from that frame.
    if (expectedActors > DEFAULT_AGGREGATE_ABOVE) await afterFirstMapFrame();
    const rest = Array.from({ length: parts - 1 }, (_, index) => index + 1);
    const worker = async () => {
      for (let part = rest.shift(); part !== undefined; part = rest.shift()) await load(part);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    performance.mark('tiermap:map-graph');
    // An aborted load skipped parts: never store it.
    if (signal.aborted) return { workspace, cacheId: id, actors, relations };
    const [read] = [...revisions];
    // Storing clones the data on the main thread: after the first frame, not before it. Parts read at
    // different revisions (a write in between) are not stored, so the next visit loads afresh; nor is
    // what was read for a session that has ended since (sign-out clears the copies).
    if (revisions.size === 1 && read !== undefined)
      void afterMapSettled().then(async () => {
        if (getSession() !== session) return;
        const stored = await writeCached<CachedGraph>('graphs', { id, workspace, revision: read, actors, relations });
        // The marker lets the next anonymous visit skip its early request: only a public copy serves it.
        if (viewerClassOf(read) !== 'public') return;
        if (stored) markMapCopy(workspace);
        else forgetMapCopy(workspace);
      });
    return { workspace, cacheId: id, actors, relations };
  });
  return {
    state,
    partial: state.status === 'loading' && partial?.workspace === workspace ? partial : null,
    progress,
    reload,
  };
}
