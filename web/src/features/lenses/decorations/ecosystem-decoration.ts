import { humanize, SECTORS } from '../../../lib/domain';
import type { LensDecoration } from '../../../lib/lens-decoration';
import { SECTOR_COLOURS } from '../../../lib/palette';

/** Ecosystem lens: colour by sector, size by degree, tier bands. */
export function ecosystemDecoration(): LensDecoration {
  return {
    legend: [
      ...SECTORS.map((sector) => ({ label: humanize(sector), colour: SECTOR_COLOURS[sector], shape: 'dot' as const })),
      { label: 'Size: number of ties', colour: '#7b8794', shape: 'size' },
      { label: 'Challenge or confrontation', colour: '#D55E00', shape: 'line' },
    ],
    note: 'Actors by tier band (global at the top, local at the bottom), coloured by sector.',
  };
}
