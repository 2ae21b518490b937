export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that show `box` (model coordinates) centred in a `width` × `height` canvas with
 * `padding` pixels around it — `top` pixels above it, where the map's toolbar floats, when given — the
 * zoom kept within [minZoom, maxZoom]: what Cytoscape's `fit` does, for a box the caller computes
 * cheaply (node bodies only: `fit` measures every label and edge first, a fifth of a second on a big map).
 */
export function fitViewport(
  box: Readonly<Box>,
  size: { width: number; height: number },
  { padding, top = padding, minZoom, maxZoom }: { padding: number; top?: number; minZoom: number; maxZoom: number },
): Viewport {
  const boxWidth = Math.max(box.x2 - box.x1, 1);
  const boxHeight = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min((size.width - 2 * padding) / boxWidth, (size.height - top - padding) / boxHeight);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fitted));
  return {
    zoom,
    pan: {
      x: (size.width - zoom * (box.x1 + box.x2)) / 2,
      y: (top + size.height - padding - zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/** Below this share of the whole map's width or height, Fit frames the actors drawn rather than the whole map. */
const WHOLE_MAP_SHARE = 0.7;

/**
 * What Fit frames: the whole map (tier bands and their names) while the actors drawn spread over most
 * of it; only those actors when a filter or a search leaves a few of them in a corner of it.
 */
export function fitBox(whole: Readonly<Box>, actors: Readonly<Box> | null): Box {
  if (!actors) return { ...whole };
  const share = (inner: number, outer: number) => (outer > 0 ? inner / outer : 1);
  const spread =
    share(actors.x2 - actors.x1, whole.x2 - whole.x1) >= WHOLE_MAP_SHARE &&
    share(actors.y2 - actors.y1, whole.y2 - whole.y1) >= WHOLE_MAP_SHARE;
  return { ...(spread ? whole : actors) };
}

/** A view told by its zoom and the model point at the centre of the canvas: it survives a resize. */
export interface CentredView {
  zoom: number;
  center: { x: number; y: number };
}

/** The model point at the centre of a `width` × `height` canvas under `viewport`. */
export function centredView({ zoom, pan }: Readonly<Viewport>, size: { width: number; height: number }): CentredView {
  return { zoom, center: { x: (size.width / 2 - pan.x) / zoom, y: (size.height / 2 - pan.y) / zoom } };
}

/** The zoom and pan that put `view.center` at the centre of a `width` × `height` canvas. */
export function viewportOf({ zoom, center }: Readonly<CentredView>, size: { width: number; height: number }): Viewport {
  return { zoom, pan: { x: size.width / 2 - zoom * center.x, y: size.height / 2 - zoom * center.y } };
}
