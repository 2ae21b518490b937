import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import type { ThemeDefinition } from '../domain/vocabulary';
import { fileBytes, readCsvFiles, type ImportFile } from '../interchange/csv-import';
import { readGexf } from '../interchange/gexf-import';
import { readGraphml } from '../interchange/graphml-import';
import { ImportDocument, type ColumnMapping, type ImportProblem } from '../interchange/import-document';
import { readJsonFile } from '../interchange/json-import';
import { readXlsx } from '../interchange/xlsx-files';
import { requireWorkspace, workspaceThemes } from '../repositories/workspace.repository';
import {
  prepareImport,
  previewImport,
  writeImport,
  type ImportPayload,
  type ImportResult,
  type PreparedImport,
  type RowOutcome,
} from './import.service';

export const IMPORT_FORMATS = ['CSV', 'XLSX', 'JSON', 'GRAPHML', 'GEXF'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Records per transaction of a file import unless told (files are large; see ADR 0026 and BENCHMARKS.md). */
export const FILE_IMPORT_BATCH = 5000;

/** Batches a file import writes at once: two, one per core of a small server (ADR 0034). */
export const FILE_IMPORT_PARALLEL = 2;

export interface FileImportOptions {
  format: ImportFormat;
  mapping?: ColumnMapping;
  /** Answer what would be written, write nothing. */
  dryRun?: boolean;
  /** Write the rows without problems and refuse the others (otherwise any problem writes nothing). */
  validRowsOnly?: boolean;
  /** Add themes the rows use and the workspace lacks (labelled from their ids) instead of refusing them. */
  addUnknownThemes?: boolean;
  batchSize?: number;
  /** Batches written at once (FILE_IMPORT_PARALLEL unless told). */
  parallel?: number;
  /** Progress of each phase: rows read, then records written, out of a total. */
  onProgress?: (phase: 'READING' | 'VALIDATING' | 'WRITING', done: number, total: number) => void;
}

export interface OutcomeLists {
  created: string[];
  updated: string[];
  unchanged: string[];
  refused: string[];
}

export interface FileImportReport {
  dryRun: boolean;
  /** True when rows were written (never on a dry run, nor when a problem blocked the import). */
  written: boolean;
  actors: OutcomeLists;
  relations: OutcomeLists;
  /** Every problem, in file order. */
  problems: ImportProblem[];
  /** Headers and attributes that named no field (left out), by file. */
  ignoredColumns: Array<{ file: string; columns: string[] }>;
  /** Themes added because the rows used them (addUnknownThemes). */
  addedThemes: string[];
  result: ImportResult | null;
}

/**
 * Imports files (CSV, XLSX, JSON, GraphML, GEXF) into a workspace through importGraph's validation and
 * writes: every problem of every file is answered with its file, row or element, column and
 * reason; a dry run answers what each row would do; with any problem nothing is written unless
 * `validRowsOnly`, and a problem with a whole file (it cannot be read) always blocks.
 */
export async function importFiles(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  files: readonly ImportFile[],
  options: FileImportOptions,
): Promise<FileImportReport> {
  const document = await readFiles(files, options);
  let payload = document.payload();
  const totalRows = payload.actors.length + payload.relations.length;
  options.onProgress?.('READING', totalRows, totalRows);
  const addedThemes = options.addUnknownThemes ? await addThemesUsed(db, viewer, workspaceKey, payload) : [];
  options.onProgress?.('VALIDATING', 0, totalRows);
  const refusedActors = new Set(document.refusedActors);
  const refusedRelations = new Set(document.refusedRelations);
  const problems = [...document.problems];
  let themeProblem = false;
  let prepared = await prepareImport(
    db,
    viewer,
    workspaceKey,
    withoutRefused(payload, refusedActors, refusedRelations).payload,
  );
  let kept = withoutRefused(payload, refusedActors, refusedRelations);
  // Validation problems are said where the rows came from; with valid rows only, the rows kept are
  // validated again (a relation whose end was refused is refused in turn) until none has a problem.
  for (let round = 0; round < 10 && prepared.problems.length > 0; round += 1) {
    for (const problem of prepared.problems) {
      const [list, index] = problem.field;
      const original =
        list === 'actors'
          ? kept.actorIndex[Number(index)]
          : list === 'relations'
            ? kept.relationIndex[Number(index)]
            : undefined;
      const at =
        list === 'actors' || list === 'relations' ? [list, original, ...problem.field.slice(2)] : problem.field;
      problems.push(document.locate({ field: at as Array<string | number>, reason: refusedEnd(problem.reason) }));
      if (list === 'actors' && original !== undefined) refusedActors.add(original);
      if (list === 'relations' && original !== undefined) refusedRelations.add(original);
      // A bad theme definition is not a row that can be left out: it blocks the import.
      if (list === 'themes') themeProblem = true;
    }
    if (!options.validRowsOnly) break;
    kept = withoutRefused(payload, refusedActors, refusedRelations);
    prepared = await prepareImport(db, viewer, workspaceKey, kept.payload);
  }
  payload = kept.payload;

  /** A relation whose end is a refused row of this import says so, rather than that the end is missing. */
  function refusedEnd(reason: string): string {
    const id = /^no actor with externalId "(.*)" in this import/.exec(reason)?.[1];
    if (id === undefined) return reason;
    const index = document.actors.findIndex((actor) => actor.externalId === id);
    return index >= 0 && refusedActors.has(index) ? `actor "${id}" is refused (see its own row)` : reason;
  }
  const fileProblem = problems.some((p) => p.field === null && p.column === null) || themeProblem;
  const blocked = fileProblem || (problems.length > 0 && !options.validRowsOnly) || prepared.problems.length > 0;
  const outcomes = blocked ? null : previewImport(prepared, payload);
  const report: FileImportReport = {
    dryRun: options.dryRun ?? false,
    written: false,
    actors: lists(
      document.actors.map((a) => a.externalId),
      refusedActors,
      kept.actorIndex,
      outcomes?.actors,
    ),
    relations: lists(
      document.relations.map((r) => r.externalId),
      refusedRelations,
      kept.relationIndex,
      outcomes?.relations,
    ),
    problems: problems.map((p) => withThemeOffer(p)),
    ignoredColumns: document.ignoredColumns,
    addedThemes,
    result: null,
  };
  if (blocked || options.dryRun) return report;
  report.result = await writeImport(db, viewer, prepared as PreparedImport, payload, {
    batchSize: options.batchSize ?? FILE_IMPORT_BATCH,
    parallel: options.parallel ?? FILE_IMPORT_PARALLEL,
    onProgress: (done, total) => options.onProgress?.('WRITING', done, total),
  });
  report.written = true;
  return report;
}

async function readFiles(files: readonly ImportFile[], options: FileImportOptions): Promise<ImportDocument> {
  const document = new ImportDocument(options.mapping);
  if (options.format === 'CSV') {
    await readCsvFiles(document, files);
    return document;
  }
  for (const file of files) {
    const bytes = await fileBytes(file);
    if (options.format === 'XLSX') await readXlsx(document, file.name, bytes);
    if (options.format === 'JSON') readJsonFile(document, file.name, bytes);
    else if (options.format === 'GRAPHML') readGraphml(document, file.name, bytes);
    else if (options.format === 'GEXF') readGexf(document, file.name, bytes);
  }
  return document;
}

/** The payload without refused rows, with each kept row's index in the original. */
function withoutRefused(payload: ImportPayload, actors: ReadonlySet<number>, relations: ReadonlySet<number>) {
  const actorIndex: number[] = [];
  const relationIndex: number[] = [];
  payload.actors.forEach((_, i) => !actors.has(i) && actorIndex.push(i));
  payload.relations.forEach((_, i) => !relations.has(i) && relationIndex.push(i));
  return {
    payload: {
      themes: payload.themes ?? [],
      actors: actorIndex.map((i) => payload.actors[i]!),
      relations: relationIndex.map((i) => payload.relations[i]!),
    },
    actorIndex,
    relationIndex,
  };
}

function lists(
  ids: ReadonlyArray<string | undefined>,
  refused: ReadonlySet<number>,
  keptIndex: readonly number[],
  outcomes: readonly RowOutcome[] | undefined,
): OutcomeLists {
  const out: OutcomeLists = { created: [], updated: [], unchanged: [], refused: [] };
  const label = (i: number) => ids[i] ?? `#${i + 1}`;
  ids.forEach((_, i) => refused.has(i) && out.refused.push(label(i)));
  if (!outcomes) return out;
  outcomes.forEach((outcome, k) => {
    const i = keptIndex[k]!;
    if (outcome === 'CREATE') out.created.push(label(i));
    else if (outcome === 'UPDATE') out.updated.push(label(i));
    else out.unchanged.push(label(i));
  });
  return out;
}

const UNKNOWN_THEME = /^is not a theme of this workspace: "(.*)"$/;

/** An unknown theme is answered with the offer to add it (addUnknownThemes). */
function withThemeOffer(problem: ImportProblem): ImportProblem {
  const theme = UNKNOWN_THEME.exec(problem.reason.replace(/^themes\.\d+: /, ''))?.[1];
  if (!theme) return problem;
  return {
    ...problem,
    reason: `${problem.reason}; import with addUnknownThemes to add it to the workspace`,
    suggestion: `add theme ${theme}`,
  };
}

/** Adds to the payload the themes its rows use that neither the workspace nor the file defines. */
async function addThemesUsed(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  payload: ImportPayload,
): Promise<string[]> {
  const workspaceThemeIds = await db.readTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    return (await workspaceThemes(tx, workspace.id)).map((theme) => theme.id);
  });
  const known = new Set([...workspaceThemeIds, ...(payload.themes ?? []).map((t) => t.id)]);
  const added = new Set<string>();
  for (const row of [...payload.actors, ...payload.relations]) {
    for (const theme of row.themes ?? []) if (!known.has(theme)) added.add(theme);
  }
  const themes: ThemeDefinition[] = [...added].map((id) => ({ id, label: labelOf(id), description: '' }));
  payload.themes = [...(payload.themes ?? []), ...themes];
  return [...added];
}

/** "sea-rescue" → "Sea rescue". */
export function labelOf(themeId: string): string {
  const words = themeId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
