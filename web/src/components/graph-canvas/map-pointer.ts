import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { gapOfAnchor } from '../../lib/map-elements';

type MapElement = NodeSingular | EdgeSingular;

/** What the pointer or the keyboard focus is on, for the hover card: which element, and where on the canvas. */
export interface MapTarget {
  kind: 'actor' | 'aggregate' | 'relation' | 'suggestion' | 'gap';
  id: string;
  /** Canvas pixels: the point the card sits next to. */
  x: number;
  y: number;
  /** Half the height of what is pointed at, so the card clears it. */
  clearance: number;
  by: 'pointer' | 'keyboard';
  /** The element's own label (aggregates: sector and member count), for what the map's records lack. */
  label?: string;
}

/** Room for a name of three lines beside a dot, in pixels. */
const NAME_ROOM = 44;

/** The kind of an element the card can describe, or null. */
export function targetKind(element: MapElement): MapTarget['kind'] | null {
  if (element.isNode()) {
    if (element.hasClass('actor')) return 'actor';
    if (element.hasClass('aggregate')) return 'aggregate';
    if (element.hasClass('gap-anchor')) return 'gap';
    return null;
  }
  if (element.hasClass('ghost')) return 'gap';
  if (element.hasClass('suggestion')) return 'suggestion';
  if (element.data('type')) return 'relation';
  return null;
}

/** The id the card looks up: a gap marker stands for its ghost edge. */
const targetId = (element: MapElement, kind: MapTarget['kind']) =>
  kind === 'gap' && element.isNode() ? gapOfAnchor(element.id()) : element.id();

const labelOf = (element: MapElement) => (element.data('label') ? { label: String(element.data('label')) } : {});

/** The card's target for an actor node at its drawn place (keyboard focus). */
export function nodeTarget(element: NodeSingular, by: MapTarget['by']): MapTarget | null {
  const kind = targetKind(element);
  if (!kind) return null;
  const { x, y } = element.renderedPosition();
  // The keyboard-focused actor's name is placed after the card: the card keeps clear of up to three lines.
  const clearance = element.renderedHeight() / 2 + (by === 'keyboard' ? NAME_ROOM : 0);
  return { kind, id: targetId(element, kind), x, y, clearance, by, ...labelOf(element) };
}

/**
 * Reports what the pointer is over (actors, aggregates, relations, suggested links, gap markers) and
 * null when it leaves or the view moves; returns a function that stops it.
 */
export function watchPointer(cy: Core, onTarget: (target: MapTarget | null) => void): () => void {
  const over = (event: EventObject) => {
    const element = event.target as MapElement;
    const kind = targetKind(element);
    if (!kind) return;
    const at = element.isNode() ? element.renderedPosition() : event.renderedPosition;
    const clearance = element.isNode() ? element.renderedHeight() / 2 : 6;
    onTarget({ kind, id: targetId(element, kind), x: at.x, y: at.y, clearance, by: 'pointer', ...labelOf(element) });
  };
  const out = () => onTarget(null);
  cy.on('mouseover', 'node, edge', over);
  cy.on('mouseout', 'node, edge', out);
  cy.on('viewport', out);
  return () => {
    cy.off('mouseover', 'node, edge', over);
    cy.off('mouseout', 'node, edge', out);
    cy.off('viewport', out);
  };
}
