import type { Core } from 'cytoscape';

/** Room kept free above the map for the toolbar that floats over the canvas's top edge. */
export const TOOLBAR_ROOM = 64;
/** Room kept around an actor brought into view, for its name and a little context. */
const VIEW_MARGIN = 80;
/** Zoom factor per wheel notch (a notch is 100 px of deltaY in Chromium and Firefox). */
export const WHEEL_NOTCH_FACTOR = 1.15;
const NOTCH_PX = 100;
/** Pinch gestures come as wheel events with ctrlKey and small deltas: a stronger factor per pixel. */
const PINCH_PER_PX = 0.01;

/** The actor's node when it is drawn. */
const drawnNode = (cy: Core, id: string | null) => {
  if (!id) return null;
  const node = cy.getElementById(id);
  return node.nonempty() && node.isNode() ? node : null;
};

/**
 * Zooms by `factor` toward the selected actor when it is in view (so + keeps it where it is and
 * brings its neighbourhood closer), else toward the centre of the view.
 */
export function zoomStep(cy: Core, factor: number, selectedId: string | null): void {
  const node = drawnNode(cy, selectedId);
  const centre = { x: cy.width() / 2, y: (cy.height() + TOOLBAR_ROOM) / 2 };
  let anchor = centre;
  if (node) {
    const { x, y } = node.renderedPosition();
    if (x >= 0 && y >= TOOLBAR_ROOM && x <= cy.width() && y <= cy.height()) anchor = { x, y };
  }
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: anchor });
}

/**
 * Pans the least needed so that the actor sits inside the view with room around it (below the
 * toolbar); nothing happens when it is already there. Used when the selection changes and when the
 * canvas shrinks (a side panel opening beside the map).
 */
export function keepInView(cy: Core, id: string | null): void {
  const node = drawnNode(cy, id);
  if (!node) return;
  const { x, y } = node.renderedPosition();
  const margin = Math.min(VIEW_MARGIN, cy.width() / 4, cy.height() / 4);
  const shift = (value: number, low: number, high: number) =>
    low > high ? (low + high) / 2 - value : value < low ? low - value : value > high ? high - value : 0;
  const dx = shift(x, margin, cy.width() - margin);
  const dy = shift(y, TOOLBAR_ROOM + margin / 2, cy.height() - margin);
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/**
 * The map's wheel zoom, in place of Cytoscape's (whose step depends on guessing the device from the
 * first events: 37 notches from 0.5× to 1.6× with a mouse). A notch zooms by WHEEL_NOTCH_FACTOR
 * toward the pointer; trackpads' small deltas zoom in proportion; pinches a little faster.
 */
export function wheelZoom(cy: Core, event: WheelEvent, container: HTMLElement): void {
  const pixels = event.deltaY * (event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1);
  if (pixels === 0) return;
  const clamped = Math.max(-300, Math.min(300, pixels));
  const exponent = event.ctrlKey ? -clamped * PINCH_PER_PX : (-clamped / NOTCH_PX) * Math.log(WHEEL_NOTCH_FACTOR);
  const box = container.getBoundingClientRect();
  cy.zoom({
    level: cy.zoom() * Math.exp(exponent),
    renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top },
  });
}
