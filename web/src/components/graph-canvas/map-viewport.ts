import type { Core } from 'cytoscape';
import { fitViewport, type Box } from './fit-viewport';

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
 * The least shift that brings the span [low, high] inside [min, max] (0 when it is inside already); null
 * when the span is longer than the room.
 */
export function shiftInto(low: number, high: number, min: number, max: number): number | null {
  if (high - low > max - min) return null;
  return low < min ? min - low : high > max ? max - high : 0;
}

/** The box around points. */
const boxOf = (points: readonly { x: number; y: number }[]): Box => ({
  x1: Math.min(...points.map((point) => point.x)),
  y1: Math.min(...points.map((point) => point.y)),
  x2: Math.max(...points.map((point) => point.x)),
  y2: Math.max(...points.map((point) => point.y)),
});

/**
 * Brings several drawn elements into view together (a suggested link's two ends, a recipient and its
 * funders, a community): pans the least needed when they fit at this zoom, else zooms out (never in)
 * until they do. One element is kept in view as `keepInView` does; ids not drawn are left out.
 */
export function keepAllInView(cy: Core, ids: readonly string[]): void {
  const nodes = ids.map((id) => cy.getElementById(id)).filter((node) => node.nonempty() && node.isNode());
  if (nodes.length === 0) return;
  if (nodes.length === 1) {
    keepInView(cy, nodes[0]!.id());
    return;
  }
  const margin = Math.min(VIEW_MARGIN, cy.width() / 4, cy.height() / 4);
  const top = TOOLBAR_ROOM + margin / 2;
  const shown = boxOf(nodes.map((node) => node.renderedPosition()));
  const dx = shiftInto(shown.x1, shown.x2, margin, cy.width() - margin);
  const dy = shiftInto(shown.y1, shown.y2, top, cy.height() - margin);
  if (dx !== null && dy !== null) {
    if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
    return;
  }
  const size = { width: cy.width(), height: cy.height() };
  cy.viewport(
    fitViewport(boxOf(nodes.map((node) => node.position())), size, {
      padding: margin,
      top,
      minZoom: cy.minZoom(),
      maxZoom: cy.zoom(),
    }),
  );
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
