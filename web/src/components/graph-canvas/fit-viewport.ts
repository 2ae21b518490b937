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
