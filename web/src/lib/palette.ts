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

/** Colour of the n-th group (community); grey past the palette, for the long tail of small groups. */
export function groupColour(index: number): string {
  return OKABE_ITO[index] ?? '#9a9a9a';
}
