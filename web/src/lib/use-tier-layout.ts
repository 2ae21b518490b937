import { useEffect, useRef, useState } from 'react';
import type { LayoutActor, LayoutRelation, TierLayout } from './tier-layout';
import type { LayoutReply, LayoutRequest } from './tier-layout-protocol';

export interface LayoutState {
  workspace: string;
  layout: TierLayout;
  /** stored: from IndexedDB; computed: on all the data; partial: on the pages loaded so far. */
  source: 'stored' | 'computed' | 'partial';
  complete: boolean;
}

const pickActor = ({ id, name, tier, sector, country }: LayoutActor): LayoutActor => ({
  id,
  name,
  tier,
  sector,
  country,
});
const pickRelation = ({ sourceId, targetId }: LayoutRelation): LayoutRelation => ({ sourceId, targetId });

const createWorker = () => new Worker(new URL('./tier-layout.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/**
 * Starts the layout worker ahead of the map (its script loads and parses while the map data is on its
 * way); the next useTierLayout takes it instead of starting its own.
 */
export function prewarmLayoutWorker(): void {
  spare ??= createWorker();
}

/** Lays out again while loading only when this many times more actors have arrived than the layout knows. */
const PARTIAL_GROWTH = 1.5;

/**
 * The tier-band layout of a workspace, computed in a Web Worker and cached in IndexedDB (keyed by the
 * data, so changed data lays out again). While pages arrive it gives the stored layout, or one of what
 * has arrived (unless `layOutPartial` is false: an aggregated map needs none); once `complete`, the
 * layout of all the data. Null until the first answer.
 */
export function useTierLayout(
  workspace: string,
  /** Where the layout is kept in IndexedDB (the workspace for the viewer's class, see idb-store's cacheId). */
  cacheId: string,
  actors: readonly LayoutActor[],
  relations: readonly LayoutRelation[],
  complete: boolean,
  layOutPartial = true,
): LayoutState | null {
  const [state, setState] = useState<LayoutState | null>(null);
  const send = useRef<((request: LayoutRequest) => void) | null>(null);
  const busy = useRef(false);
  const queued = useRef<LayoutRequest | null>(null);
  const nextId = useRef(0);
  const applied = useRef(0);
  const sent = useRef<{ workspace: string; actors: number; complete: boolean; stored: boolean } | null>(null);
  const requests = useRef(new Map<number, { workspace: string; complete: boolean }>());

  useEffect(() => {
    const instance = spare ?? createWorker();
    spare = null;
    const post = (request: LayoutRequest) => {
      busy.current = true;
      requests.current.set(request.id, { workspace: request.workspace, complete: request.complete });
      instance.postMessage(request);
    };
    instance.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      busy.current = false;
      const request = requests.current.get(reply.id);
      requests.current.delete(reply.id);
      if (reply.layout && request && reply.id > applied.current) {
        applied.current = reply.id;
        performance.mark(`tiermap:layout-${reply.source}`);
        if (reply.source === 'stored' && sent.current?.workspace === request.workspace) sent.current.stored = true;
        setState({
          workspace: request.workspace,
          layout: reply.layout,
          source: reply.source,
          complete: request.complete,
        });
      } else if (reply.error) {
        console.error(`The layout worker failed: ${reply.error}`);
      }
      const next = queued.current;
      queued.current = null;
      if (next) post(next);
    };
    send.current = (request) => {
      if (busy.current) queued.current = request;
      else post(request);
    };
    return () => {
      instance.terminate();
      send.current = null;
    };
  }, []);

  useEffect(() => {
    if (!send.current || actors.length === 0 || (!complete && !layOutPartial)) return;
    const last = sent.current?.workspace === workspace ? sent.current : null;
    // While loading, lay out again only when much more has arrived and no stored layout is in use.
    if (!complete && last && (last.stored || last.complete || actors.length < last.actors * PARTIAL_GROWTH)) return;
    sent.current = { workspace, actors: actors.length, complete, stored: last?.stored ?? false };
    nextId.current += 1;
    send.current({
      id: nextId.current,
      workspace,
      cacheId,
      complete,
      actors: actors.map(pickActor),
      relations: relations.map(pickRelation),
    });
  }, [workspace, cacheId, actors, relations, complete, layOutPartial]);

  return state?.workspace === workspace ? state : null;
}
