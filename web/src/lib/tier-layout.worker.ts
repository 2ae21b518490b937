/**
 * Computes the tier-band layout off the main thread and keeps it in IndexedDB, so that a second visit
 * to an unchanged workspace draws without laying out again. See use-tier-layout.ts for the protocol.
 */
import { layoutKey } from './layout-key';
import { readCached, writeCached } from './idb-store';
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

async function answer(request: LayoutRequest): Promise<LayoutReply> {
  const stored = await readCached<StoredLayout>('layouts', request.cacheId);
  if (!request.complete) {
    // While pages arrive: the stored layout of the workspace if there is one (its positions are the
    // final ones when the data did not change), else the rows of what has arrived so far, without the
    // force step: the complete layout replaces it in a moment, and the worker is free for it sooner.
    if (stored) return { id: request.id, layout: stored.layout, source: 'stored' };
    const rows = computeTierLayout(request.actors, request.relations, { forces: false });
    return { id: request.id, layout: rows, source: 'partial' };
  }
  const key = layoutKey(request.workspace, request.actors, request.relations);
  if (stored?.key === key) return { id: request.id, layout: stored.layout, source: 'stored', key };
  const layout = computeTierLayout(request.actors, request.relations);
  await writeCached<StoredLayout>('layouts', { id: request.cacheId, key, layout });
  return { id: request.id, layout, source: 'computed', key };
}

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  void answer(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ id: event.data.id, error: String(error) } satisfies LayoutReply),
  );
};
