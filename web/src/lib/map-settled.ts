import { useEffect, useState } from 'react';

/**
 * Whether the first map of the page has been drawn whole (or could not be): requests the map does not
 * need — the workspace list, which counts every workspace's actors and relations — and the IndexedDB
 * write of fresh map data wait for it, so that on a 2-core server they do not compete with the map's
 * own load.
 */
let settle: () => void = () => undefined;
let settled = false;
const whenSettled = new Promise<void>((resolve) => {
  settle = () => {
    settled = true;
    resolve();
  };
});

/**
 * The first frame of the page's map, whole or not: on a big map the rest of its parts and the small
 * requests around it (themes, database status) wait for it, so that the first frame's own part, layout
 * and render have the machine to themselves.
 */
let drawFirst: () => void = () => undefined;
const whenFirstDrawn = new Promise<void>((resolve) => {
  drawFirst = resolve;
});

/** After this long, waiting work starts even if no map was drawn (an empty workspace draws none). */
export const SETTLE_FALLBACK_MS = 15000;
/** After waiting this long for the first frame, work starts even if none was drawn. */
export const FIRST_FRAME_FALLBACK_MS = 3000;
if (typeof window !== 'undefined') window.setTimeout(() => settle(), SETTLE_FALLBACK_MS);

/** Called when the first frame with the whole map is drawn, or when the map failed to load. */
export function markMapSettled(): void {
  drawFirst();
  settle();
}

/** Called when the map canvas has drawn anything, the first time or again. */
export function markMapDrawn(): void {
  drawFirst();
}

/**
 * Resolves once the map has drawn its first frame, whole or partial (or failed to load; see above), or
 * FIRST_FRAME_FALLBACK_MS after the call if none comes.
 */
export function afterFirstMapFrame(): Promise<void> {
  return Promise.race([
    whenFirstDrawn,
    new Promise<void>((resolve) => window.setTimeout(resolve, FIRST_FRAME_FALLBACK_MS)),
  ]);
}

/** Resolves once the first map is drawn (see markMapSettled). */
export function afterMapSettled(): Promise<void> {
  return whenSettled;
}

/** True once the first map is drawn; re-renders the caller then. */
export function useMapSettled(): boolean {
  const [value, setValue] = useState(settled);
  useEffect(() => {
    if (!value) void whenSettled.then(() => setValue(true));
  }, [value]);
  return value;
}
