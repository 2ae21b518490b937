import type { ThemeDefinition } from '../domain/vocabulary';
import { fieldsOf, type FieldSpec, type RecordKind } from './field-table';

/** A record to write, by field name (FIELD_TABLE's names); sources nested as a list of objects. */
export type ExportRow = Record<string, unknown>;

/** What every export format writes: themes, actors, relations (ends by externalId), sources. */
export interface ExportGraph {
  themes: ThemeDefinition[];
  actors: ExportRow[];
  relations: ExportRow[];
  /** Sources with `subjectKind` and `subject` (the externalId of their actor or relation). */
  sources: ExportRow[];
}

const SOURCE_FIELDS = fieldsOf('source')
  .map((spec) => spec.field)
  .filter((field) => field !== 'subject' && field !== 'subjectKind');

/** A source as nested in its actor or relation (JSON, GraphML, GEXF): its own fields only. */
export function nestedSource(row: ExportRow): ExportRow {
  const out: ExportRow = {};
  for (const field of SOURCE_FIELDS) if (isGiven(row[field])) out[field] = row[field];
  return out;
}

export function isGiven(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** A value as the text of a CSV cell or a GraphML/GEXF attribute (what readCell reads back). */
export function cellText(spec: FieldSpec, value: unknown): string {
  if (!isGiven(value)) return '';
  if (spec.type.kind === 'aliasLanguageList' && (value as string[]).every((language) => language === '')) return '';
  if (spec.type.kind === 'sources') return JSON.stringify((value as ExportRow[]).map(nestedSource));
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}

/** The fields written for a kind of record as columns or attributes (sources go elsewhere in CSV). */
export function columnsOf(kind: RecordKind, withSources: boolean): readonly FieldSpec[] {
  return fieldsOf(kind).filter((spec) => withSources || spec.type.kind !== 'sources');
}
