/**
 * Computes the tier-band layout off the main thread and keeps it in IndexedDB, so that a second visit
 * to an unchanged workspace draws without laying out again. See use-tier-layout.ts for the protocol.
 */
import { layoutKey } from './layout-key';
import { openCacheEarly, readCached, writeCached } from './idb-store';
import { computeTierLayout, type TierLayout } from './tier-layout';
import type { LayoutReply, LayoutRequest } from './tier-layout-protocol';

// The web client is type-checked with the DOM library; a worker's global needs only these two members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply) => void;
};

/** A workspace's last computed layout (for one viewer class) and the key of the data it was computed from. */
interface StoredLayout {
  id: string;
  key: string;
  layout: TierLayout;
}

// The worker starts while the map data is on its way (prewarmLayoutWorker): a first visit creates the
// database meanwhile rather than when the data has come.
openCacheEarly();

/** The reply, and what to store once it is sent (the map waits for the reply, not for the write). */
async function answer(request: LayoutRequest): Promise<{ reply: LayoutReply; store?: StoredLayout }> {
  const stored = await readCached<StoredLayout>('layouts', request.cacheId);
  if (!request.complete) {
    // While pages arrive: the stored layout of the workspace if there is one (its positions are the
    // final ones when the data did not change), else the rows of what has arrived so far, without the
    // force step: the complete layout replaces it in a moment, and the worker is free for it sooner.
    if (stored) return { reply: { id: request.id, layout: stored.layout, source: 'stored' } };
    const rows = computeTierLayout(request.actors, request.relations, { forces: false });
    return { reply: { id: request.id, layout: rows, source: 'partial' } };
  }
  const key = layoutKey(request.workspace, request.actors, request.relations);
  if (stored?.key === key) return { reply: { id: request.id, layout: stored.layout, source: 'stored', key } };
  const layout = computeTierLayout(request.actors, request.relations);
  return {
    reply: { id: request.id, layout, source: 'computed', key },
    store: { id: request.cacheId, key, layout },
  };
}

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  void answer(event.data).then(
    async ({ reply, store }) => {
      scope.postMessage(reply);
      if (store) await writeCached<StoredLayout>('layouts', store);
    },
    (error: unknown) => scope.postMessage({ id: event.data.id, error: String(error) } satisfies LayoutReply),
  );
};
