import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_MARGIN, LABEL_PADDING } from '../../lib/map-style';
import { LABEL_SIDES, placeLabels, type Box, type LabelCandidate, type LabelSize } from '../../map/label-placement';
import { labelForms } from '../../map/label-text';

/** Names are drawn at these sizes on screen whatever the zoom, so zooming in makes room for more of them. */
const FONT_PX = { focus: 14, strong: 13, normal: 11 };
const FONT_FAMILY = 'Inter, system-ui, sans-serif';
/** Model units Cytoscape adds around a label's bounds for inaccurate text measures. */
const RENDERER_MARGIN = 2;
/**
 * The least rank of the actor under the pointer (after the selection's neighbours, see labelRank in
 * lib/map-elements.ts) and of the keyboard focus (after the selection only).
 */
const HOVER_RANK = 3999;
const KEYBOARD_RANK = 5999;
/** The classes the labeller sets: `labelled`, and the side unless the name is below its dot. */
export const LABEL_CLASSES = ['labelled', ...LABEL_SIDES.map((side) => `label-${side}`)];
const SIDE_CLASSES = LABEL_CLASSES.join(' ');
const sideOf = (node: NodeSingular) =>
  node.hasClass('labelled')
    ? (LABEL_SIDES.find((side) => side !== 'bottom' && node.hasClass(`label-${side}`)) ?? 'bottom')
    : null;
/** The dots of this many first-ranked actors are kept clear of other names (see placeLabels). */
const RESERVED_DOTS = 40;
/** Placement waits this long after the last pan or zoom step. */
const SETTLE_MS = 120;

/** The names of the map: placed on the visible actors after each change of view, off the hot path. */
export interface MapLabels {
  /**
   * Places the names again once the canvas has drawn its next frame (after element changes): placing
   * them is a long task on a big map, and the frame that shows the new elements does not wait for it.
   */
  refresh(): void;
  /** Places the names again once the view settles (after the canvas changed size). */
  viewChanged(): void;
  /** The actors under the pointer and the keyboard focus, named before others. */
  emphasise(hover: string | null, keyboard: string | null): void;
  destroy(): void;
}

/** Text widths at 100 px, by font weight and line: labels are measured once, scaled after. */
class TextWidths {
  private readonly cache = new Map<string, number>();
  private readonly context = document.createElement('canvas').getContext('2d');

  /** The width Cytoscape measures for a line at `size` px (it rounds each line up). */
  width(line: string, weight: string, size: number): number {
    const key = `${weight}|${line}`;
    let at100 = this.cache.get(key);
    if (at100 === undefined) {
      if (!this.context) return line.length * size * 0.6;
      this.context.font = `normal ${weight} 100px ${FONT_FAMILY}`;
      at100 = this.context.measureText(line).width;
      this.cache.set(key, at100);
    }
    // One unit more than Cytoscape's ceil: the scaled measure may round the other way.
    return Math.ceil((at100 * size) / 100) + 1;
  }
}

const fontPx = (node: NodeSingular) =>
  node.hasClass('focus') ? FONT_PX.focus : node.hasClass('on-path') ? FONT_PX.strong : FONT_PX.normal;

/** The forms the labeller may give an actor's name (see labelForms). */
const shapes = (node: NodeSingular): string[] =>
  labelForms(
    String(node.data('wrapped') ?? ''),
    String(node.data('label') ?? ''),
    node.data('short') ? String(node.data('short')) : null,
  );

/**
 * Rendered label boxes of what else carries text on the map (tier names, gap labels, aggregates), and
 * the boxes of what floats over the canvas (elements marked `data-map-overlay` beside it: the toolbar,
 * the count, the aggregation notice).
 */
function obstacles(cy: Core, frame: HTMLElement): Box[] {
  const boxes: Box[] = [];
  const canvas = cy.container()?.getBoundingClientRect();
  if (canvas)
    frame.parentElement?.querySelectorAll('[data-map-overlay]').forEach((overlay) => {
      const box = overlay.getBoundingClientRect();
      if (box.width > 0)
        boxes.push({
          x1: box.left - canvas.left,
          y1: box.top - canvas.top,
          x2: box.right - canvas.left,
          y2: box.bottom - canvas.top,
        });
    });
  cy.elements('node.band-label, edge.ghost, node.aggregate').forEach((element) => {
    const box = element.renderedBoundingBox({
      includeNodes: element.hasClass('aggregate'),
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
      includeUnderlays: false,
    });
    if (Number.isFinite(box.x1) && Number.isFinite(box.y2)) boxes.push(box);
  });
  return boxes;
}

/**
 * Attaches the labeller to a Cytoscape instance: after a pan or zoom settles, the visible actors are
 * ranked (data `labelRank`, raised for the hovered and keyboard-focused actor), placed without overlap
 * (map/label-placement.ts), and the chosen ones get the class `labelled` (plus a side class) and a
 * font size that draws at a fixed size on screen. `stateElement`'s `data-labels` attribute is
 * `pending` while a placement is due and `placed` after it.
 */
export function attachMapLabels(cy: Core, stateElement: HTMLElement): MapLabels {
  const widths = new TextWidths();
  let emphasis: { hover: string | null; keyboard: string | null } = { hover: null, keyboard: null };
  /** Whether the hovered actor had no name before it was pointed at (its name is then the pointer's). */
  let boostedHover = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  // Not on Cytoscape's container: it takes any change of its attributes for a resize.
  const setState = (state: 'pending' | 'placed') => stateElement.setAttribute('data-labels', state);

  /**
   * Set from a change of the elements until the placement on the frame after their first draw: a
   * placement before that draw would measure the old elements (and the frame would wait for it).
   */
  let awaitingDraw = false;
  let changes = 0;

  const place = () => {
    timer = undefined;
    frame = undefined;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const viewport = { width: cy.width(), height: cy.height() };
    const nodes = new Map<string, NodeSingular>();
    const candidates: LabelCandidate[] = [];
    cy.nodes('node.actor').forEach((node) => {
      if (node.hasClass('dim')) return;
      const { x, y } = node.position();
      const [rx, ry] = [x * zoom + pan.x, y * zoom + pan.y];
      if (rx < 0 || ry < 0 || rx > viewport.width || ry > viewport.height) return;
      const id = node.id();
      const least = id === emphasis.keyboard ? KEYBOARD_RANK : id === emphasis.hover ? HOVER_RANK : 0;
      nodes.set(id, node);
      candidates.push({
        id,
        x: rx,
        y: ry,
        radius: (Number(node.data('size')) / 2) * zoom,
        rank: Math.max(least, Number(node.data('labelRank') ?? 0)),
      });
    });
    const measure = (candidate: LabelCandidate): LabelSize[] => {
      const node = nodes.get(candidate.id)!;
      const size = fontPx(node) / zoom;
      const weight = node.hasClass('focus') || node.hasClass('on-path') || node.hasClass('badged') ? 'bold' : 'normal';
      return shapes(node).map((text) => {
        const lines = text.split('\n');
        const width = Math.max(...lines.map((line) => widths.width(line, weight, size)));
        return {
          width: width * zoom,
          height: lines.length * size * zoom,
          offset: LABEL_MARGIN * zoom,
          pad: (LABEL_PADDING + RENDERER_MARGIN) * zoom,
        };
      });
    };
    const placed = placeLabels(candidates, measure, {
      viewport,
      obstacles: obstacles(cy, stateElement),
      gap: 2,
      reservedDots: RESERVED_DOTS,
    });
    const chosen = new Map(placed.map((label) => [label.id, label]));
    cy.batch(() => {
      cy.nodes('node.labelled').forEach((node) => {
        if (!chosen.has(node.id())) node.removeClass(SIDE_CLASSES);
      });
      for (const [id, { side, shape }] of chosen) {
        const node = nodes.get(id)!;
        const text = shapes(node)[shape];
        if (node.data('shownLabel') !== text) node.data('shownLabel', text);
        const classes = side === 'bottom' ? 'labelled' : `labelled label-${side}`;
        if (sideOf(node) !== side) node.removeClass(SIDE_CLASSES).addClass(classes);
        const font = fontPx(node) / zoom;
        if (node.data('labelFont') !== font) node.data('labelFont', font);
      }
    });
    // "placed" only when no other placement is due: a test (or a screenshot) waiting for it would
    // otherwise read names that are about to move.
    if (!awaitingDraw && timer === undefined && frame === undefined) setState('placed');
  };

  /** After a pan or zoom: wait until it settles. */
  const settle = () => {
    setState('pending');
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // New elements are about to be drawn: the placement after their draw is for this view too.
    if (!awaitingDraw) timer = setTimeout(place, SETTLE_MS);
  };
  /** After the emphasis changes: on the next frame. */
  const soon = () => {
    setState('pending');
    if (timer !== undefined || awaitingDraw) return;
    if (frame === undefined) frame = requestAnimationFrame(place);
  };
  /**
   * After the elements change: on the frame after the one that draws them, never before it (a pending
   * settle or emphasis placement is folded into this one), so that the first frame of a map does not
   * wait for its names.
   */
  const afterDraw = () => {
    setState('pending');
    if (timer !== undefined) clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = undefined;
    frame = undefined;
    awaitingDraw = true;
    // Only the newest change's draw places (an older one's frames were cancelled just above).
    const change = (changes += 1);
    cy.one('render', () => {
      if (change !== changes) return;
      frame = requestAnimationFrame(
        () =>
          (frame = requestAnimationFrame(() => {
            awaitingDraw = false;
            place();
          })),
      );
    });
  };
  cy.on('viewport', settle);
  setState('pending');
  return {
    refresh: afterDraw,
    viewChanged: settle,
    emphasise(hover, keyboard) {
      if (hover === emphasis.hover && keyboard === emphasis.keyboard) return;
      const named = (id: string | null) => id !== null && cy.getElementById(id).hasClass('labelled');
      // Pointing at a named actor moves no name (names would jump under the pointer); only an
      // unnamed one, and leaving it, place the names again.
      const hoverMoved = hover !== emphasis.hover && ((hover !== null && !named(hover)) || boostedHover);
      if (hover !== emphasis.hover) boostedHover = hover !== null && !named(hover);
      const moved = keyboard !== emphasis.keyboard || hoverMoved;
      emphasis = { hover, keyboard };
      if (moved) soon();
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
      cy.off('viewport', settle);
    },
  };
}
