import type { MapActor } from '../../lib/domain';
import { csvField } from '../../lib/download';
import type { RelationRow } from '../../lib/table-rows';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
 * apostrophe: a name such as "=HYPERLINK(…)" must not become a live formula in the reader's sheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const cellText = (cell: string | number | null) =>
  cell === null ? '' : typeof cell === 'number' ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;

/** A CSV document (RFC 4180): a header line, then one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map((cell) => csvField(cellText(cell))).join(',');
  return [header, ...rows].map(line).join('\r\n') + '\r\n';
}

const ACTOR_COLUMNS = ['id', 'name', 'kind', 'tier', 'sector', 'country', 'themes'];

/** The actors as CSV: vocabulary values as the API writes them, theme ids separated by ";". */
export function actorsCsv(actors: readonly MapActor[]): string {
  return toCsv(
    ACTOR_COLUMNS,
    actors.map((actor) => [
      actor.id,
      actor.name,
      actor.kind,
      actor.tier,
      actor.sector,
      actor.country,
      actor.themes.join(';'),
    ]),
  );
}

const RELATION_COLUMNS = [
  'id',
  'source_id',
  'source',
  'target_id',
  'target',
  'type',
  'mode',
  'engagement',
  'confidence',
  'themes',
  'theme_labels',
  'since',
  'until',
  'amount',
  'currency',
];

/**
 * The relations as CSV: both ends by id and by name, vocabulary values as the API writes them, theme
 * ids and labels separated by ";", partial dates as recorded.
 */
export function relationsCsv(rows: readonly RelationRow[]): string {
  return toCsv(
    RELATION_COLUMNS,
    rows.map(({ relation, from, to, themeLabels }) => [
      relation.id,
      relation.sourceId,
      from,
      relation.targetId,
      to,
      relation.type,
      relation.mode,
      relation.engagement,
      relation.confidence,
      relation.themes.join(';'),
      themeLabels.join('; '),
      relation.since,
      relation.until,
      relation.amount,
      relation.currency,
    ]),
  );
}
