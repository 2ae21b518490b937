/** How a lens changes the map: the lens computes it from its analytics answer, the map applies it. */

export interface LegendItem {
  label: string;
  colour: string;
  shape: 'dot' | 'ring' | 'line' | 'dashed' | 'ghost' | 'size';
  detail?: string;
}

export interface ExtraEdge {
  id: string;
  source: string;
  target: string;
  kind: 'ghost' | 'suggestion';
  label?: string;
  /** Why the lens draws it, one sentence each (the hover card lists them). */
  reasons?: readonly string[];
  /** A suggested link's score. */
  score?: number;
}

export interface LensDecoration {
  /** Node colour by actor id; actors not listed get their sector colour, or grey when `greyOthers`. */
  nodeColour?: ReadonlyMap<string, string>;
  greyOthers?: boolean;
  /** Relative node size 0–1 by actor id, replacing size by degree. */
  nodeSize?: ReadonlyMap<string, number>;
  /** A short badge drawn under the label (e.g. a brokerage role). */
  nodeBadge?: ReadonlyMap<string, string>;
  /** Actors drawn with a ring (e.g. dependent funding recipients). */
  ringed?: ReadonlySet<string>;
  /** Edge width in pixels by relation id. */
  edgeWidth?: ReadonlyMap<string, number>;
  /** Only these relation ids are drawn, when given. */
  edgeFilter?: ReadonlySet<string>;
  extraEdges?: readonly ExtraEdge[];
  /** The lens's figures for an actor, one short line each, for its hover card. */
  nodeFacts?: ReadonlyMap<string, readonly string[]>;
  legend: LegendItem[];
  /** One line about what the lens shows or why it shows nothing. */
  note?: string;
}
