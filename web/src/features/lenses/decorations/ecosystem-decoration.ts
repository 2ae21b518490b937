import { humanize, SECTORS } from '../../../lib/domain';
import type { LensDecoration } from '../../../lib/lens-decoration';
import { SECTOR_COLOURS } from '../../../lib/palette';
import type { LinkRow } from '../lists/link-rows';

/**
 * Ecosystem lens: colour by sector, size by degree, tier bands; the suggested link chosen in its list,
 * if any, drawn dashed between its two actors (with its reasons in the hover card).
 */
export function ecosystemDecoration(chosen?: LinkRow): LensDecoration {
  return {
    legend: [
      ...SECTORS.map((sector) => ({ label: humanize(sector), colour: SECTOR_COLOURS[sector], shape: 'dot' as const })),
      { label: 'Size: number of ties', colour: '#7b8794', shape: 'size' },
      { label: 'Challenge or confrontation', colour: '#D55E00', shape: 'line' },
      ...(chosen ? [{ label: 'Suggested link', colour: '#009E73', shape: 'dashed' as const }] : []),
    ],
    ...(chosen && {
      extraEdges: [
        {
          id: chosen.id,
          source: chosen.sourceId,
          target: chosen.targetId,
          kind: 'suggestion' as const,
          reasons: chosen.reasons,
          score: chosen.score,
        },
      ],
    }),
    note: 'Actors by tier band (global at the top, local at the bottom), coloured by sector.',
  };
}
