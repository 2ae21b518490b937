import type { Sector } from './domain';

/** Okabe & Ito's colour-blind-safe palette (2008), without yellow, which is too light on white. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

export const SECTOR_COLOURS: Record<Sector, string> = {
  GOVERNMENT: '#0072B2',
  CIVIL_SOCIETY: '#E69F00',
  PRIVATE: '#CC79A7',
  PHILANTHROPY: '#009E73',
  INTERNATIONAL: '#56B4E9',
  ACADEMIA: '#D55E00',
};

/** What happened to a record between two dates (the changes view): added, ended, changed. */
export const TIME_CHANGE_COLOURS = { added: '#009E73', ended: '#D55E00', changed: '#E69F00' } as const;

/** Colour of the n-th group (community); grey past the palette, for the long tail of small groups. */
export function groupColour(index: number): string {
  return OKABE_ITO[index] ?? '#9a9a9a';
}

/** The page's text colour (app.css `:root`), the dark one of the two a coloured cell may carry. */
export const TEXT_COLOUR = '#1f2933';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** The heat scale's stops: very light blue, Okabe & Ito's blue, a dark blue. */
const HEAT_STOPS: readonly (readonly [number, readonly number[]])[] = [
  [0, [0xe8, 0xf1, 0xf8]],
  [0.6, [0x00, 0x72, 0xb2]],
  [1, [0x00, 0x3a, 0x5c]],
];
const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
function heatAt(t: number): string {
  const upper = HEAT_STOPS.findIndex(([at]) => at >= t);
  if (upper <= 0) return hex(HEAT_STOPS[0]![1]);
  const [from, a] = HEAT_STOPS[upper - 1]!;
  const [to, b] = HEAT_STOPS[upper]!;
  const k = (t - from) / (to - from);
  return hex(a.map((c, i) => c + (b[i]! - c) * k));
}

/**
 * A heatmap cell's colours for a value on a 0–1 scale: a blue from very light to dark, with the page's
 * text colour or white on it, whichever meets WCAG AA (4.5:1). No text colour reaches 4.5:1 on the
 * middle blues, so where the dark text falls short the cell takes at least the lightest blue that white
 * text meets AA on: the scale steps there rather than carry unreadable numbers, and never gets lighter
 * as the value grows.
 */
export function heatColours(value: number): { background: string; color: string } {
  const t = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const background = heatAt(t);
  if (contrastRatio(background, TEXT_COLOUR) >= HEAT_TARGET) return { background, color: TEXT_COLOUR };
  return { background: heatAt(Math.max(t, whiteFrom())), color: '#ffffff' };
}

/** A little above AA, so that rounding in a browser's or checker's arithmetic never tips a cell under it. */
const HEAT_TARGET = MIN_TEXT_CONTRAST + 0.1;
let whiteFromCache: number | undefined;

/** The lightest point of the scale (to a thousandth) from which white text meets HEAT_TARGET. */
function whiteFrom(): number {
  if (whiteFromCache === undefined) {
    let t = 0;
    while (t < 1 && contrastRatio(heatAt(t), '#ffffff') < HEAT_TARGET) t = Math.min(1, t + 0.001);
    whiteFromCache = t;
  }
  return whiteFromCache;
}
