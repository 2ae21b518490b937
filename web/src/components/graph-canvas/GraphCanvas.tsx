import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { centredView, fitBox, fitViewport, viewportOf, type CentredView, type Viewport } from './fit-viewport';
import { attachMapLabels, LABEL_CLASSES, type MapLabels } from './map-labels';
import { watchPointer, type MapTarget } from './map-pointer';
import { gapOfAnchor } from '../../lib/map-elements';
import { keepAllInView, keepInView, TOOLBAR_ROOM, wheelZoom } from './map-viewport';
import { useMapKeyboard } from './use-map-keyboard';
import './graph-canvas.css';

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
/** Classes the canvas itself sets (names, hover, keyboard focus): kept when the elements change. */
const VIEW_CLASSES = [...LABEL_CLASSES, 'hovered', 'kbd-focus'];
/** The view is reported this long after it stops moving. */
const VIEWPORT_SETTLE_MS = 250;

/** Elements to bring into view together, once per `key`, and again when the canvas resizes while `selectedId` is still the selection. */
export interface MapFrame {
  ids: readonly string[];
  selectedId: string | null;
  key: number;
}

export interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  style: StylesheetJson;
  /** What the map shows, for assistive technology; the keys are appended. */
  ariaLabel: string;
  /** The view is fitted to the elements whenever this changes (e.g. a new workspace), once there are some. */
  fitKey: string;
  /** The selected actor: kept in view, and where the keyboard starts. */
  selectedId?: string | null;
  /** Taps on actors and on aggregates (big maps), and Enter on the keyboard-focused actor. */
  onNodeTap?: (id: string) => void;
  /** A tap on a relation edge (not on lens extras such as ghost or suggested edges). */
  onEdgeTap?: (id: string) => void;
  /** What the pointer or the keyboard focus is on (null when nothing), for a hover card. */
  onInspect?: (target: MapTarget | null) => void;
  /** Elements to bring into view (a row of a lens's list), once they are drawn. */
  frame?: MapFrame | null;
  /** A tap on a lens's decoration: a gap marker (ghost edge) or a suggested link. */
  onDecorationTap?: (target: { kind: 'gap' | 'suggestion'; id: string }) => void;
  /** Called once after the first frame drawn with each new set of elements. */
  onRendered?: () => void;
  onBackgroundTap?: () => void;
  /** Receives the instance once it exists (and null when it is destroyed), for toolbars and export. */
  onReady?: (cy: Core | null) => void;
  /** Shown instead of fitting the elements when they come (a shared link's view); null: fit them. */
  viewport?: CentredView | null;
  /** The view once it settles after a change; null when it is the automatic fit. */
  onViewport?: (viewport: CentredView | null) => void;
}

/** Fits the view to the nodes' bodies, below the toolbar (the Fit button and F do this too). */
export function fitToView(instance: Core): void {
  if (instance.nodes().empty()) return;
  const bodies = { includeLabels: false, includeOverlays: false };
  const drawn = instance.nodes('node.actor, node.aggregate');
  const box = fitBox(instance.nodes().boundingBox(bodies), drawn.empty() ? null : drawn.boundingBox(bodies));
  const size = { width: instance.width(), height: instance.height() };
  instance.viewport(fitViewport(box, size, { padding: 24, top: TOOLBAR_ROOM, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }));
}

/**
 * A thin wrapper over Cytoscape.js: the instance is created once; element changes are applied as an
 * id-keyed diff inside one batch so that large maps do not re-render from scratch. Rendering is tuned
 * for large maps (simple edges hidden while panning, a texture while zooming); names are placed
 * without overlap once the view settles (map-labels.ts). The map takes the keyboard focus: arrows move
 * between actors, Enter opens one, + and − zoom.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, style, fitKey, selectedId = null } = props;
  const outer = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const labels = useRef<MapLabels | null>(null);
  const fitted = useRef<string | null>(null);
  /** The viewport of the last automatic fit: a view equal to it is reported as null (nothing to share). */
  const autoFit = useRef<Viewport | null>(null);
  /** The selection last brought into view (a restored view counts as having placed it). */
  const keptInView = useRef<string | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const hover = useRef<string | null>(null);
  const keyboard = useMapKeyboard({
    cy,
    labels,
    hover,
    selectedId,
    elements,
    onOpen: (id) => handlers.current.onNodeTap?.(id),
    onInspect: (target) => handlers.current.onInspect?.(target),
  });
  const keyboardFocus = keyboard.shown;

  useEffect(() => {
    if (!container.current || !outer.current) return;
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
    instance.on('tap', 'node.actor, node.aggregate', (event) => {
      // The map keeps the focus it was clicked in (Cytoscape's pointer handling gives it none), so that
      // focus is not left on the page's body while the actor's panel opens.
      container.current?.focus({ preventScroll: true });
      handlers.current.onNodeTap?.(event.target.id());
    });
    instance.on('tap', 'edge[type]', (event) => handlers.current.onEdgeTap?.(event.target.id()));
    // A gap is drawn as a dashed line between two diamonds: a tap on either diamond is one on the gap.
    instance.on('tap', 'node.gap-anchor', (event) =>
      handlers.current.onDecorationTap?.({ kind: 'gap', id: gapOfAnchor(event.target.id()) }),
    );
    instance.on('tap', 'edge.ghost, edge.suggestion', (event) =>
      handlers.current.onDecorationTap?.({
        kind: event.target.hasClass('ghost') ? 'gap' : 'suggestion',
        id: event.target.id(),
      }),
    );
    instance.on('tap', (event) => {
      if (event.target === instance) handlers.current.onBackgroundTap?.();
    });
    const mapLabels = attachMapLabels(instance, outer.current);
    labels.current = mapLabels;
    const stopPointer = watchPointer(instance, (target) => {
      const id = target?.kind === 'actor' ? target.id : null;
      if (hover.current !== id) {
        if (hover.current) instance.getElementById(hover.current).removeClass('hovered');
        if (id) instance.getElementById(id).addClass('hovered');
        hover.current = id;
      }
      mapLabels.emphasise(id, keyboardFocus.current);
      handlers.current.onInspect?.(target);
    });
    // Cytoscape's own wheel zoom is replaced (map-viewport.ts): caught on the way down, before it.
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      event.stopPropagation();
      wheelZoom(instance, event, container.current!);
    };
    const wheelTarget = outer.current;
    wheelTarget.addEventListener('wheel', wheel, { capture: true, passive: false });
    // Side panels open and close beside the map: keep the canvas the size of its box, and the
    // selection in it.
    let settle: ReturnType<typeof setTimeout> | undefined;
    instance.on('viewport', () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        const zoom = instance.zoom();
        const pan = instance.pan();
        const fit = autoFit.current;
        const automatic = fit && fit.zoom === zoom && fit.pan.x === pan.x && fit.pan.y === pan.y;
        const size = { width: instance.width(), height: instance.height() };
        handlers.current.onViewport?.(automatic ? null : centredView({ zoom, pan }, size));
      }, VIEWPORT_SETTLE_MS);
    });
    const resize = new ResizeObserver(() => {
      instance.resize();
      const { frame, selectedId: selected = null } = handlers.current;
      if (frame && frame.selectedId === selected) keepAllInView(instance, frame.ids);
      else keepInView(instance, selected);
      mapLabels.viewChanged();
    });
    resize.observe(container.current);
    cy.current = instance;
    (window as unknown as { __tiermapCy?: Core }).__tiermapCy = instance;
    handlers.current.onReady?.(instance);
    return () => {
      clearTimeout(settle);
      handlers.current.onReady?.(null);
      resize.disconnect();
      wheelTarget.removeEventListener('wheel', wheel, { capture: true });
      stopPointer();
      mapLabels.destroy();
      instance.destroy();
      cy.current = null;
      labels.current = null;
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
        // Only what changed is set: Cytoscape restyles an element on every data or class write, and a
        // map rebuilt for one change (a lens answer arriving before the first frame, say) leaves most
        // elements as they were.
        const now = existing.data() as Record<string, unknown>;
        if (Object.entries(element.data).some(([key, value]) => now[key] !== value)) existing.data(element.data);
        const kept = VIEW_CLASSES.filter((name) => existing.hasClass(name));
        const given = element.classes ?? '';
        const classes = [...(typeof given === 'string' ? given.split(' ') : given).filter(Boolean), ...kept];
        const had = existing.classes();
        if (had.length !== classes.length || classes.some((name) => !existing.hasClass(name)))
          existing.classes(classes.join(' '));
        const position = element.position;
        if (position && existing.isNode()) {
          const at = existing.position();
          if (at.x !== position.x || at.y !== position.y) existing.position(position);
        }
      }
      instance.add(added);
    });
    labels.current?.refresh();
    // The frame is drawn on Cytoscape's next animation frame (forced: an update that moves nothing
    // draws none); report it the frame after, unless newer elements came meanwhile: the handler
    // reads the newest props, and must not report them as drawn before their own frame is.
    instance.one('render', () =>
      requestAnimationFrame(() => {
        if (handlers.current.elements === elements) handlers.current.onRendered?.();
      }),
    );
    instance.forceRender();
  }, [elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || fitted.current === fitKey || instance.nodes('.actor, .aggregate').empty()) return;
    fitted.current = fitKey;
    const wanted = handlers.current.viewport;
    if (wanted) {
      instance.viewport(viewportOf(wanted, { width: instance.width(), height: instance.height() }));
      // A shared view shows what was shared, even with its selection near an edge.
      keptInView.current = handlers.current.selectedId ?? null;
      return;
    }
    fitToView(instance);
    autoFit.current = { zoom: instance.zoom(), pan: { ...instance.pan() } };
  }, [fitKey, elements]);

  // A new selection is brought into view once it is drawn (on a big map it may come with a later
  // change of the elements), and the keyboard follows it; panning away from it afterwards is left alone.
  useEffect(() => {
    const instance = cy.current;
    if (!instance || keptInView.current === selectedId) return;
    if (selectedId && instance.getElementById(selectedId).empty()) return;
    keptInView.current = selectedId;
    keepInView(instance, selectedId);
  }, [selectedId, elements]);

  // A frame asked for (a row of a lens's list) is made once its elements are drawn, after the
  // selection's own keep-in-view above.
  const framed = useRef<number | null>(null);
  useEffect(() => {
    const instance = cy.current;
    const frame = props.frame;
    if (!instance || !frame || framed.current === frame.key) return;
    if (frame.ids.every((id) => instance.getElementById(id).empty())) return;
    framed.current = frame.key;
    keepAllInView(instance, frame.ids);
  }, [props.frame, elements]);

  return (
    <div
      ref={outer}
      className="graph-canvas"
      data-testid="graph-canvas-frame"
      // Here, not on Cytoscape's container, which takes any change of its attributes for a resize.
      data-keyboard-actor={keyboard.shownId ?? ''}
    >
      <div
        ref={container}
        className="graph-canvas__surface"
        role="application"
        aria-roledescription="map"
        aria-label={`${props.ariaLabel}. Arrow keys move between actors, Enter opens one, + and − zoom.`}
        tabIndex={0}
        data-testid="graph-canvas"
        {...keyboard.handlers}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="map-keyboard-status">
        {keyboard.status}
      </p>
    </div>
  );
}
