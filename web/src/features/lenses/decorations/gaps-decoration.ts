import type { ExtraEdge, LensDecoration } from '../../../lib/lens-decoration';
import { SECTOR_COLOURS } from '../../../lib/palette';
import type { GapsAnswer } from '../lens-answers';
import { gapRows } from '../lists/gap-rows';
import type { LensWords } from '../lists/lens-words';

/**
 * Gaps lens: actors on the theme keep their sector colour, the rest turn grey; each vertical gap is a
 * ghost edge between the two tier bands (the map spreads them across its width, so that several gaps
 * stay distinct), and each suggested link across it a dashed edge. Its hover cards say what the lens's
 * list says (lists/gap-rows.ts), in the same words.
 */
export function gapsDecoration(gaps: GapsAnswer, words: LensWords): LensDecoration {
  const themeLabel = words.themeLabel(gaps.theme);
  const nodeColour = new Map<string, string>();
  for (const presence of gaps.tiersPresent)
    for (const id of presence.actorIds) nodeColour.set(id, SECTOR_COLOURS[words.sectorOf(id) ?? 'GOVERNMENT']);
  const extraEdges: ExtraEdge[] = [];
  const rows = gapRows(gaps, words);
  for (const row of rows) {
    const suggested = row.connectors.length;
    extraEdges.push({
      id: row.id,
      source: `tier-${row.lowerTier}`,
      target: `tier-${row.upperTier}`,
      kind: 'ghost',
      label: `gap: ${row.title}`,
      reasons: [
        row.summary,
        suggested
          ? `${suggested} suggested link${suggested === 1 ? '' : 's'} across it, drawn dashed.`
          : 'No link across it to suggest.',
      ],
    });
    // A supranational–global pair can close the same gap in several countries' systems: drawn once.
    for (const link of row.connectors.filter((connector) => !extraEdges.some((edge) => edge.id === connector.id)))
      extraEdges.push({
        id: link.id,
        source: link.sourceId,
        target: link.targetId,
        kind: 'suggestion',
        reasons: link.reasons,
        score: link.score,
      });
  }
  return {
    nodeColour,
    greyOthers: true,
    extraEdges,
    legend: [
      { label: `Works on ${themeLabel}`, colour: '#0072B2', shape: 'dot', detail: 'sector colours' },
      { label: 'Not on this theme', colour: '#c4c8cf', shape: 'dot' },
      { label: 'Missing vertical link (gap)', colour: '#D55E00', shape: 'ghost' },
      { label: 'Suggested link', colour: '#009E73', shape: 'dashed' },
    ],
    note: rows.length
      ? `${rows.length} vertical gap${rows.length > 1 ? 's' : ''} on ${themeLabel}: ${rows.map((row) => row.title).join(', ')}.`
      : `No vertical gap on ${themeLabel}: every adjacent pair of tiers present has a cooperative tie.`,
  };
}
