import type { StylesheetJson } from 'cytoscape';
import { TIME_CHANGE_COLOURS } from './palette';

/** Model units between an actor's dot and its name (text-margin); the labeller reckons with it. */
export const LABEL_MARGIN = 3;
/** Model units of padding around a name's background (text-background-padding). */
export const LABEL_PADDING = 1;

/**
 * The map's stylesheet: simple shapes and haystack edges, labels culled below a readable size;
 * aggregates (big maps) and gap anchors (Gaps lens) have their own rules.
 */
export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node.actor',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: '',
      'font-family': 'Inter, system-ui, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': LABEL_MARGIN,
      // Lines are broken beforehand (data `wrapped`), so that the labeller measures what is drawn.
      'text-wrap': 'wrap',
      'text-max-width': '100000px',
      'min-zoomed-font-size': 7,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': `${LABEL_PADDING}px`,
    },
  },
  // Names are shown on the actors the labeller chose (components/graph-canvas/map-labels.ts), in the
  // form it chose (data shownLabel: broken into lines or on one line), at a
  // font size that it sets for a fixed size on screen, below, beside or above the dot.
  { selector: 'node.actor.labelled', style: { label: 'data(shownLabel)', 'font-size': 'data(labelFont)' } },
  { selector: 'node.actor.label-top', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN } },
  {
    selector: 'node.actor.label-right',
    style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': LABEL_MARGIN, 'text-margin-y': 0 },
  },
  {
    selector: 'node.actor.label-left',
    style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -LABEL_MARGIN, 'text-margin-y': 0 },
  },
  ...(['bottom', 'top'] as const).flatMap((valign) =>
    (['right', 'left'] as const).map((halign) => ({
      selector: `node.actor.label-${valign}-${halign}`,
      style: {
        'text-valign': valign,
        'text-halign': halign,
        'text-margin-x': halign === 'right' ? LABEL_MARGIN : -LABEL_MARGIN,
        'text-margin-y': 0,
      },
    })),
  ),
  { selector: 'node.actor.badged', style: { 'font-weight': 'bold' } },
  { selector: 'node.actor.ringed', style: { 'border-width': 4, 'border-color': '#D55E00' } },
  { selector: 'node.actor:selected', style: { 'border-width': 3, 'border-color': '#111827' } },
  {
    selector: 'node.actor.focus',
    style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 },
  },
  { selector: 'node.actor.dim', style: { opacity: 0.25, label: '' } },
  {
    selector: 'node.actor.hovered',
    style: {
      'underlay-color': '#1f2933',
      'underlay-opacity': 0.15,
      'underlay-padding': 5,
      'underlay-shape': 'ellipse',
    },
  },
  // The keyboard focus: a blue halo wider than any border, seen on every colour and on dimmed actors.
  {
    selector: 'node.actor.kbd-focus',
    style: {
      'underlay-color': '#1d4ed8',
      'underlay-opacity': 0.45,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      opacity: 1,
      'z-index': 15,
    },
  },
  {
    selector: 'node.band',
    style: {
      shape: 'rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': '#f4f6f9',
      'border-width': 0,
      events: 'no',
      'z-compound-depth': 'bottom',
      'z-index': 0,
    },
  },
  { selector: 'node.band--odd', style: { 'background-color': '#fbfcfd' } },
  {
    selector: 'node.band-label',
    style: {
      shape: 'rectangle',
      width: 1,
      height: 1,
      'background-opacity': 0,
      label: 'data(label)',
      'font-size': 22,
      'font-weight': 'bold',
      color: '#52606d',
      'text-halign': 'right',
      'text-valign': 'center',
      'min-zoomed-font-size': 4,
      events: 'no',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      width: 'data(width)',
      'line-color': '#9aa5b1',
      opacity: 0.8,
    },
  },
  { selector: 'edge.conflict', style: { 'line-color': '#D55E00' } },
  { selector: 'edge.focus-edge', style: { 'line-color': '#1f2933', width: 2, 'z-index': 9 } },
  {
    selector: 'edge.ghost',
    style: {
      'curve-style': 'straight',
      'line-style': 'dashed',
      'line-dash-pattern': [10, 6],
      'line-color': '#D55E00',
      width: 5,
      opacity: 0.9,
      label: 'data(label)',
      'font-size': 16,
      'font-weight': 'bold',
      color: '#8a3b00',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '3px',
      'min-zoomed-font-size': 6,
      'z-index': 20,
    },
  },
  {
    selector: 'node.gap-anchor',
    style: {
      shape: 'diamond',
      width: 22,
      height: 22,
      'background-color': '#D55E00',
      'border-width': 0,
      'z-index': 20,
    },
  },
  {
    selector: 'node.aggregate',
    style: {
      shape: 'ellipse',
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      'text-wrap': 'wrap',
      'text-valign': 'center',
      'text-halign': 'center',
      color: '#1f2933',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 6,
      'z-index': 5,
    },
  },
  { selector: 'node.aggregate:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
  { selector: 'edge.summed', style: { 'line-color': '#7b8794', opacity: 0.55 } },
  {
    selector: 'edge.suggestion',
    style: {
      'curve-style': 'straight',
      'line-style': 'dashed',
      'line-dash-pattern': [6, 4],
      'line-color': '#009E73',
      width: 2,
    },
  },
  {
    selector: 'node.actor.on-path',
    style: {
      'border-width': 4,
      'border-color': '#CC79A7',
      opacity: 1,
      'font-weight': 'bold',
      'z-index': 11,
    },
  },
  {
    selector: 'edge.path-edge',
    style: { 'line-color': '#CC79A7', width: 5, opacity: 1, 'z-index': 12 },
  },
  // The changes view: rings on actors (their fill keeps its sector), colour on edges; ended ones dashed.
  ...(['added', 'ended', 'changed'] as const).flatMap((change) => [
    {
      selector: `node.actor.time-${change}`,
      style: {
        'border-width': 5,
        'border-color': TIME_CHANGE_COLOURS[change],
        'border-style': change === 'ended' ? ('dashed' as const) : ('solid' as const),
        'z-index': 10,
      },
    },
    {
      selector: `edge.time-${change}`,
      style: {
        'line-color': TIME_CHANGE_COLOURS[change],
        'line-style': change === 'ended' ? ('dashed' as const) : ('solid' as const),
        'curve-style': 'straight' as const,
        width: 4,
        opacity: 1,
        'z-index': 10,
      },
    },
  ]),
];
