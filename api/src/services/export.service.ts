import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import { InputChecker } from '../domain/validation';
import { ACTOR_KINDS, ENGAGEMENT_LEVELS, MODES, RELATION_TYPES, SECTORS, TIERS } from '../domain/vocabulary';
import type { ExportGraph, ExportRow } from '../interchange/export-graph';
import { fieldsOf } from '../interchange/field-table';
import { writeCsv, writeGexf, writeGraphml, writeJson } from '../interchange/file-writers';
import { writeXlsx } from '../interchange/xlsx-files';
import { readExport, type ExportFilter } from '../repositories/export.repository';
import { inWorkspace } from './rights.service';

export const TEXT_EXPORT_FORMATS = [
  'CSV_ACTORS',
  'CSV_RELATIONS',
  'CSV_SOURCES',
  'CSV_THEMES',
  'JSON',
  'GRAPHML',
  'GEXF',
] as const;
export type ExportFormat = (typeof TEXT_EXPORT_FORMATS)[number];
/** Every format a download may ask for: the text ones and XLSX (a workbook, see exportWorkbook). */
export const EXPORT_FORMATS = [...TEXT_EXPORT_FORMATS, 'XLSX'] as const;

/** A file to download: its suggested name, media type and text. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  text: string;
}

/**
 * The graph a viewer may read of a workspace, or of a view of it (actors by tier, kind, sector,
 * country scope or theme, and the relations between them by type, mode or engagement; as of a date),
 * ready for any format. Rights: whoever may read the
 * workspace; what the viewer may not see is not in it (visibility is applied by the statements).
 */
export async function exportGraph(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  filter: ExportFilter = {},
): Promise<{ graph: ExportGraph; slug: string }> {
  checkFilter(filter);
  const { viewer: scoped, workspace } = await inWorkspace(db, viewer, workspaceKey);
  const records = await readExport(db, scoped, workspace.id, filter);
  const rowOf = (record: object, kind: 'actor' | 'relation'): ExportRow => {
    const values = record as Record<string, unknown>;
    const out: ExportRow = {};
    for (const spec of fieldsOf(kind)) if (spec.type.kind !== 'sources') out[spec.field] = values[spec.field] ?? null;
    out.externalId = values.externalId ?? values.id;
    return out;
  };
  const externalIdOf = new Map<string, string>();
  const actors = records.actors.map((actor) => {
    externalIdOf.set(actor.id, actor.externalId ?? actor.id);
    return rowOf(actor, 'actor');
  });
  const relations = records.relations.map((relation) => {
    externalIdOf.set(relation.id, relation.externalId ?? relation.id);
    const row: ExportRow = {
      ...rowOf(relation, 'relation'),
      source: relation.sourceExternalId,
      target: relation.targetExternalId,
    };
    return row;
  });
  const sources: ExportRow[] = records.sources.map((source) => {
    const row: ExportRow = { subjectKind: source.subjectKind, subject: externalIdOf.get(source.subjectId) };
    for (const spec of fieldsOf('source'))
      if (!(spec.field in row)) row[spec.field] = source[spec.field as keyof typeof source] ?? null;
    return row;
  });
  // Sources in a stable order whatever their ids: by subject, then content.
  const key = (row: ExportRow) => JSON.stringify(fieldsOf('source').map((spec) => row[spec.field] ?? ''));
  sources.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const bySubject = new Map<string, ExportRow[]>();
  for (const source of sources) {
    const id = `${String(source.subjectKind)}:${String(source.subject)}`;
    bySubject.set(id, [...(bySubject.get(id) ?? []), source]);
  }
  for (const actor of actors) actor.sources = bySubject.get(`ACTOR:${String(actor.externalId)}`) ?? [];
  for (const relation of relations) relation.sources = bySubject.get(`RELATION:${String(relation.externalId)}`) ?? [];
  return { graph: { themes: records.themes, actors, relations, sources }, slug: workspace.slug };
}

/** One export file in a format. */
export async function exportFile(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  format: ExportFormat,
  filter: ExportFilter = {},
): Promise<ExportFile> {
  const { graph, slug } = await exportGraph(db, viewer, workspaceKey, filter);
  return renderExport(graph, slug, format);
}

/** The same as exportFile, as an XLSX workbook: one sheet per CSV file. */
export async function exportWorkbook(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  filter: ExportFilter = {},
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const { graph, slug } = await exportGraph(db, viewer, workspaceKey, filter);
  return {
    fileName: `${slug}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await writeXlsx(graph),
  };
}

/** Writes an export graph in one format. */
export function renderExport(graph: ExportGraph, slug: string, format: ExportFormat): ExportFile {
  const csv = (kind: 'actor' | 'relation' | 'source' | 'theme', name: string): ExportFile => ({
    fileName: `${slug}-${name}.csv`,
    contentType: 'text/csv; charset=utf-8',
    text: writeCsv(graph, kind),
  });
  switch (format) {
    case 'CSV_ACTORS':
      return csv('actor', 'actors');
    case 'CSV_RELATIONS':
      return csv('relation', 'relations');
    case 'CSV_SOURCES':
      return csv('source', 'sources');
    case 'CSV_THEMES':
      return csv('theme', 'themes');
    case 'JSON':
      return { fileName: `${slug}.json`, contentType: 'application/json; charset=utf-8', text: writeJson(graph) };
    case 'GRAPHML':
      return {
        fileName: `${slug}.graphml`,
        contentType: 'application/graphml+xml; charset=utf-8',
        text: writeGraphml(graph),
      };
    case 'GEXF':
      return { fileName: `${slug}.gexf`, contentType: 'application/gexf+xml; charset=utf-8', text: writeGexf(graph) };
  }
}

/** The facets of a view whose values come from a closed vocabulary: the list, and what a value is. */
const CLOSED_FACETS = [
  ['tiers', TIERS, 'a tier'],
  ['kinds', ACTOR_KINDS, 'an actor kind'],
  ['sectors', SECTORS, 'a sector'],
  ['types', RELATION_TYPES, 'a relation type'],
  ['modes', MODES, 'a mode'],
  ['engagements', ENGAGEMENT_LEVELS, 'an engagement level'],
] as const satisfies ReadonlyArray<readonly [keyof ExportFilter, readonly string[], string]>;

function checkFilter(filter: ExportFilter): void {
  const check = new InputChecker();
  for (const [facet, values, what] of CLOSED_FACETS) {
    check.list(['filter', facet], filter[facet], 60, (path, value) => {
      if (!(values as readonly string[]).includes(value)) check.add(path, `is not ${what}: "${value}"`);
    });
  }
  check.list(['filter', 'countries'], filter.countries, 300, (path, country) => check.country(path, country));
  check.list(['filter', 'themes'], filter.themes, 100, (path, theme) => check.text(path, theme, { min: 1, max: 80 }));
  check.partialDate(['filter', 'asOf'], filter.asOf);
  check.throwIfAny();
}
