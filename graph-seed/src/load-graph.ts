import { LOCAL_EDITOR, SYSTEM } from '../../api/src/auth/viewer';
import type { Database } from '../../api/src/db/run-query';
import type { SourceFields } from '../../api/src/domain/source';
import { importGraph, type ImportPayload, type ImportResult } from '../../api/src/services/import.service';
import { findWorkspace, purgeWorkspace } from '../../api/src/repositories/workspace.repository';
import { WorkspaceService } from '../../api/src/services/workspace.service';
import type { GraphFiles, SourceRecord } from './graph-file.types';
import { readGraphFolder } from './read-graph-files';

export interface LoadOptions {
  /** Delete the workspace and everything in it first. */
  reset?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadReport {
  workspaceId: string;
  slug: string;
  created: boolean;
  result: ImportResult;
  counts: { byKind: Record<string, number>; byTier: Record<string, number>; byRelationType: Record<string, number> };
}

function toSourceFields(source: SourceRecord): SourceFields {
  const out: SourceFields = {};
  for (const key of ['title', 'url', 'document', 'quote', 'page', 'accessed'] as const) {
    if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  }
  return out;
}

/** The import payload of a map folder: file records become API import rows. */
export function toImportPayload(files: GraphFiles): ImportPayload {
  return {
    themes: files.themes,
    actors: files.actors.map(({ sources, ...actor }) => ({ ...actor, sources: sources.map(toSourceFields) })),
    relations: files.relations.map(({ sources, ...relation }) => ({
      ...relation,
      sources: sources.map(toSourceFields),
    })),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

/**
 * Loads a map (the seed ecosystem or a generated one) into the workspace named by its
 * workspace.json, creating the workspace if needed. Idempotent: loading twice leaves the same
 * counts, because everything is upserted by externalId.
 */
export async function loadGraphFiles(db: Database, files: GraphFiles, options: LoadOptions = {}): Promise<LoadReport> {
  let workspace = await findWorkspace(db, LOCAL_EDITOR, files.workspace.slug);
  if (workspace && options.reset) {
    await purgeWorkspace(db, workspace.id);
    workspace = null;
  }
  const created = !workspace;
  const id = workspace
    ? workspace.id
    : (
        await new WorkspaceService(db, 0).create(SYSTEM, {
          slug: files.workspace.slug,
          title: files.workspace.title,
          description: files.workspace.description,
          visibility: files.workspace.visibility,
        })
      ).id;
  const result = await importGraph(db, LOCAL_EDITOR, id, toImportPayload(files), {
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    workspaceId: id,
    slug: files.workspace.slug,
    created,
    result,
    counts: {
      byKind: countBy(files.actors, (a) => a.kind),
      byTier: countBy(files.actors, (a) => a.tier),
      byRelationType: countBy(files.relations, (r) => r.type),
    },
  };
}

export function loadGraphFolder(db: Database, dir: string, options: LoadOptions = {}): Promise<LoadReport> {
  return loadGraphFiles(db, readGraphFolder(dir), options);
}

/** A few lines for people: what was loaded and the counts by kind, tier and relation type. */
export function describeLoad(report: LoadReport, seconds: number): string {
  const r = report.result;
  const table = (title: string, counts: Record<string, number>) =>
    `  ${title}: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`;
  return [
    `Loaded "${report.slug}" in ${seconds.toFixed(1)} s${report.created ? ' (new workspace)' : ''}:`,
    `  actors ${r.actorsCreated} created, ${r.actorsUpdated} updated, ${r.actorsUnchanged} unchanged; relations ${r.relationsCreated} created, ${r.relationsUpdated} updated, ${r.relationsUnchanged} unchanged; ${r.sourcesCreated} sources added; ${r.batches} batches`,
    table('actors by kind', report.counts.byKind),
    table('actors by tier', report.counts.byTier),
    table('relations by type', report.counts.byRelationType),
  ].join('\n');
}
