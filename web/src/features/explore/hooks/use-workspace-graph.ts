import { useState } from 'react';
import { RELATION_TYPES, TIERS, type MapActor, type MapRelation } from '../../../lib/domain';
import { readCached, writeCached } from '../../../lib/idb-store';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import { getActorsPage, type Page } from '../api/get-actors-page';
import { getMapSize } from '../api/get-map-size';
import { getRelationsPage } from '../api/get-relations-page';
import { getRevision } from '../api/get-revision';

export interface WorkspaceGraph {
  workspace: string;
  actors: MapActor[];
  relations: MapRelation[];
  /** While pages arrive: how many actors the whole map holds, when known. */
  expectedActors?: number;
}

/** Map data kept in IndexedDB with the revision it was read at. */
interface CachedGraph extends WorkspaceGraph {
  revision: string;
}

/** Pages requested at once: the API and its database share the machine, so a few, not all. */
const CONCURRENCY = 4;

async function allPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  onPage: (page: Page<T>) => void,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage(after);
    onPage(page);
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

/**
 * Runs the tasks `size` at a time. Only the first starts at once; the others wait until `ready`
 * resolves (the first page is in), so that the first page, alone on the server, comes back fastest.
 */
async function runPool(tasks: (() => Promise<void>)[], size: number, ready: Promise<void>): Promise<void> {
  const queue = [...tasks];
  const worker = async (index: number) => {
    if (index > 0) await ready;
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: Math.min(size, queue.length) }, (_, index) => worker(index)));
}

/**
 * All of a workspace's actors and relations. When IndexedDB holds them at the workspace's current
 * revision (a second visit to unchanged data) they come from there; otherwise from the API, 500 a page. The pages are split by tier (actors) and by
 * type (relations) — closed enums, so the parts cover everything — and a few parts load at once.
 * `partial` is what has arrived so far (null once complete), published at an interval that grows with
 * the map so that redrawing never starves the loading.
 */
export function useWorkspaceGraph(workspace: string): {
  state: AsyncState<WorkspaceGraph>;
  partial: WorkspaceGraph | null;
  progress: string;
  reload: () => void;
} {
  const [progress, setProgress] = useState('');
  const [partial, setPartial] = useState<WorkspaceGraph | null>(null);
  const [state, reload] = useAsync(workspace, async (signal) => {
    setPartial(null);
    // Read before the pages: a write during loading gives a newer revision, so the next visit reloads.
    const revision = getRevision(workspace, signal).catch(() => null);
    const cached = await readCached<CachedGraph>('graphs', workspace);
    performance.mark('tiermap:cache-read');
    if (cached && cached.revision === (await revision) && cached.revision !== null)
      return { workspace, actors: cached.actors, relations: cached.relations };
    const actors: MapActor[] = [];
    const relations: MapRelation[] = [];
    let size: { actors: number; relations: number } | null = null;
    void getMapSize(workspace, signal).then(
      (answer) => (size = answer),
      () => undefined,
    );
    let published = 0;
    let firstPage = () => {};
    const ready = new Promise<void>((resolve) => (firstPage = resolve));
    const publish = () => {
      firstPage();
      const now = performance.now();
      if (signal.aborted || now - published < 250 + (actors.length + relations.length) / 50) return;
      published = now;
      setPartial({
        workspace,
        actors: actors.slice(),
        relations: relations.slice(),
        ...(size ? { expectedActors: size.actors } : {}),
      });
      setProgress(
        size
          ? `Loading actors ${actors.length} / ${size.actors} · relations ${relations.length} / ${size.relations}…`
          : `Loading actors ${actors.length} · relations ${relations.length}…`,
      );
    };
    const part =
      <T>(fetchPage: (after: string | null) => Promise<Page<T>>, into: T[]) =>
      () =>
        allPages(fetchPage, (page) => {
          into.push(...page.items);
          publish();
        });
    await runPool(
      [
        ...TIERS.map((tier) => part((after) => getActorsPage(workspace, after, signal, { tiers: [tier] }), actors)),
        ...RELATION_TYPES.map((type) =>
          part((after) => getRelationsPage(workspace, after, signal, { types: [type] }), relations),
        ),
      ],
      CONCURRENCY,
      ready,
    );
    const read = await revision;
    if (read !== null) void writeCached<CachedGraph>('graphs', { workspace, revision: read, actors, relations });
    return { workspace, actors, relations };
  });
  return {
    state,
    partial: state.status === 'loading' && partial?.workspace === workspace ? partial : null,
    progress,
    reload,
  };
}
