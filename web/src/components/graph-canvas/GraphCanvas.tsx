import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { fitViewport } from './fit-viewport';

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;

export interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  style: StylesheetJson;
  /** Label for assistive technology; the canvas itself is not readable by screen readers. */
  ariaLabel: string;
  /** The view is fitted to the elements whenever this changes (e.g. a new workspace), once there are some. */
  fitKey: string;
  /** Taps on actors and on aggregates (big maps). */
  onNodeTap?: (id: string) => void;
  /** A tap on a relation edge (not on lens extras such as ghost or suggested edges). */
  onEdgeTap?: (id: string) => void;
  /** Called once after the first frame drawn with each new set of elements. */
  onRendered?: () => void;
  onBackgroundTap?: () => void;
  /** Receives the instance once it exists (and null when it is destroyed), for toolbars and export. */
  onReady?: (cy: Core | null) => void;
}

/** Room left above the map for the toolbar that floats over the canvas's top edge. */
const TOOLBAR_ROOM = 64;

/** Fits the view to the nodes' bodies, below the toolbar (the Fit button and F do this too). */
export function fitToView(instance: Core): void {
  if (instance.nodes().empty()) return;
  const box = instance.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const size = { width: instance.width(), height: instance.height() };
  instance.viewport(fitViewport(box, size, { padding: 24, top: TOOLBAR_ROOM, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }));
}

/**
 * A thin wrapper over Cytoscape.js: the instance is created once; element changes are applied as an
 * id-keyed diff inside one batch so that large maps do not re-render from scratch. Rendering is tuned
 * for large maps (simple edges hidden while panning, a texture while zooming, culled small labels).
 */
export function GraphCanvas({
  elements,
  style,
  ariaLabel,
  fitKey,
  onNodeTap,
  onEdgeTap,
  onBackgroundTap,
  onReady,
  onRendered,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const fitted = useRef<string | null>(null);
  const handlers = useRef({ onNodeTap, onEdgeTap, onBackgroundTap, onRendered });
  handlers.current = { onNodeTap, onEdgeTap, onBackgroundTap, onRendered };

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: false,
      autoungrabify: true,
      boxSelectionEnabled: true,
      selectionType: 'additive',
    });
    instance.on('tap', 'node.actor, node.aggregate', (event) => handlers.current.onNodeTap?.(event.target.id()));
    instance.on('tap', 'edge[type]', (event) => handlers.current.onEdgeTap?.(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) handlers.current.onBackgroundTap?.();
    });
    // Side panels open and close beside the map: keep the canvas the size of its box.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    cy.current = instance;
    (window as unknown as { __tiermapCy?: Core }).__tiermapCy = instance;
    onReady?.(instance);
    return () => {
      onReady?.(null);
      resize.disconnect();
      instance.destroy();
      cy.current = null;
    };
    // The instance lives as long as the component; callbacks are read through a ref.
  }, []);

  useEffect(() => {
    cy.current?.style(style);
  }, [style]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
    instance.batch(() => {
      // Removals and additions as one collection each: one call, not one per element, on big maps.
      instance.remove(instance.elements().filter((element) => !wanted.has(element.id())));
      const added: ElementDefinition[] = [];
      for (const [id, element] of wanted) {
        const existing = instance.getElementById(id);
        if (existing.empty()) {
          added.push(element);
          continue;
        }
        existing.data(element.data);
        existing.classes(element.classes ?? '');
        const position = element.position;
        if (position && existing.isNode()) {
          const now = existing.position();
          if (now.x !== position.x || now.y !== position.y) existing.position(position);
        }
      }
      instance.add(added);
    });
    // The frame is drawn on Cytoscape's next animation frame (forced: an update that moves nothing
    // draws none); report it the frame after.
    instance.one('render', () => requestAnimationFrame(() => handlers.current.onRendered?.()));
    instance.forceRender();
  }, [elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || fitted.current === fitKey || instance.nodes('.actor, .aggregate').empty()) return;
    fitted.current = fitKey;
    fitToView(instance);
  }, [fitKey, elements]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={ariaLabel} data-testid="graph-canvas" />;
}
