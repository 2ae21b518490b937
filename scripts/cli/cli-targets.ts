import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SYSTEM } from '../../api/src/auth/viewer';
import { loadConfig } from '../../api/src/config';
import { createDriver } from '../../api/src/db/driver';
import { applyMigrations } from '../../api/src/db/migrations';
import { Database } from '../../api/src/db/run-query';
import type { ColumnMapping } from '../../api/src/interchange/import-document';
import { fileBytes, type ImportFile } from '../../api/src/interchange/csv-import';
import { createLogger } from '../../api/src/logger';
import type { createSchema as CreateSchema } from '../../api/src/schema';
import type { createServer as CreateServer } from '../../api/src/server';
import { exportFile, exportWorkbook, type ExportFile, type ExportFormat } from '../../api/src/services/export.service';
import type { ExportFilter } from '../../api/src/repositories/export.repository';
import { importFiles, type FileImportOptions, type FileImportReport } from '../../api/src/services/file-import.service';

export type Progress = (phase: string, done: number, total: number) => void;

/** Where the CLI reads and writes: the database itself, or a running API with a token. */
export interface CliTarget {
  importFiles(
    workspace: string,
    files: ImportFile[],
    options: Omit<FileImportOptions, 'onProgress'>,
    progress: Progress,
  ): Promise<FileImportReport>;
  exportFile(workspace: string, format: ExportFormat, filter: ExportFilter): Promise<ExportFile>;
  exportWorkbook(workspace: string, filter: ExportFilter): Promise<Buffer>;
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The database at NEO4J_URI (or the local one), as the system: every record, every right. */
export async function databaseTarget(): Promise<CliTarget> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const db = new Database(createDriver(config.neo4j), createLogger('silent', 'tiermap-cli'), config.neo4j.database);
  try {
    await db.ping();
  } catch {
    await db.close();
    throw new Error(
      `Cannot reach Neo4j at ${config.neo4j.uri}: start it (npm start or npm run db), set NEO4J_URI, or use --api.`,
    );
  }
  await applyMigrations(db);
  return {
    importFiles: (workspace, files, options, progress) =>
      importFiles(db, SYSTEM, workspace, files, { ...options, onProgress: progress }),
    exportFile: (workspace, format, filter) => exportFile(db, SYSTEM, workspace, format, filter),
    exportWorkbook: async (workspace, filter) => (await exportWorkbook(db, SYSTEM, workspace, filter)).bytes,
    graphql: async <T>(query: string, variables: Record<string, unknown>) => {
      // The API's own schema and context, in this process: the same answers as over HTTP. The
      // compiled API is used: its decorators need tsc's metadata, which tsx does not emit.
      const { createSchema, createServer } = compiledApi();
      const server = await createServer({ config, db, logger: createLogger('silent'), schema: await createSchema() });
      try {
        const answer = await server.apollo.executeOperation(
          { query, variables },
          { contextValue: server.contextFor() },
        );
        if (answer.body.kind !== 'single') throw new Error('unexpected incremental answer');
        const { data, errors } = answer.body.singleResult;
        if (errors?.length) throw new Error(errors.map((e: { message: string }) => e.message).join('; '));
        return data as T;
      } finally {
        await server.stop({ drainMs: 0 });
      }
    },
    close: () => db.close(),
  };
}

/** The built API (npm run build -w api), for what needs its GraphQL schema. */
function compiledApi(): { createSchema: typeof CreateSchema; createServer: typeof CreateServer } {
  const dist = join(__dirname, '..', '..', 'api', 'dist');
  if (!existsSync(join(dist, 'schema.js')))
    throw new Error('The API is not built: run npm run build -w api, or use --api.');
  const load = createRequire(__filename);
  return {
    createSchema: (load(join(dist, 'schema.js')) as { createSchema: typeof CreateSchema }).createSchema,
    createServer: (load(join(dist, 'server.js')) as { createServer: typeof CreateServer }).createServer,
  };
}

const JOB = `query($id: ID!) { importJob(id: $id) { status phase done total error { code message }
  report { dryRun written problemCount problems { file row element column field reason suggestion } ignoredColumns { file columns } addedThemes
    actors { created updated unchanged refused createdCount updatedCount unchangedCount refusedCount }
    relations { created updated unchanged refused createdCount updatedCount unchangedCount refusedCount }
    result { actorsCreated actorsUpdated actorsUnchanged relationsCreated relationsUpdated relationsUnchanged sourcesCreated batches } } } }`;

interface RemoteOutcome {
  created: string[];
  updated: string[];
  unchanged: string[];
  refused: string[];
}

/** A running API, with an API token (`tmk_…`) or an access token: what that token may do. */
export function apiTarget(url: string, token: string): CliTarget {
  const base = url.replace(/\/graphql\/?$/, '').replace(/\/$/, '');
  const headers = { authorization: `Bearer ${token}` };
  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    if (body.errors?.length)
      throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    return body.data as T;
  };
  return {
    graphql,
    importFiles: async (workspace, files, options, progress) => {
      const uploads = [];
      for (const [index, file] of files.entries()) {
        const response = await fetch(`${base}/import/uploads?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers,
          body: await fileBytes(file),
        });
        const body = (await response.json()) as { uploadId?: string; errors?: Array<{ message: string }> };
        if (!body.uploadId)
          throw new Error(`upload of ${file.name} refused: ${body.errors?.[0]?.message ?? response.status}`);
        uploads.push({ uploadId: body.uploadId });
        progress('UPLOADING', index + 1, files.length);
      }
      const mapping = Object.entries(options.mapping ?? {}).flatMap(([record, columns]) =>
        Object.entries(columns ?? {}).map(([column, field]) => ({ record: record.toUpperCase(), column, field })),
      );
      const { startImport } = await graphql<{ startImport: { id: string } }>(
        'mutation($ws: ID!, $input: StartImportInput!) { startImport(workspace: $ws, input: $input) { id } }',
        {
          ws: workspace,
          input: {
            files: uploads,
            format: options.format,
            dryRun: options.dryRun ?? false,
            validRowsOnly: options.validRowsOnly ?? false,
            addUnknownThemes: options.addUnknownThemes ?? false,
            ...(mapping.length ? { mapping } : {}),
            ...(options.batchSize ? { batchSize: options.batchSize } : {}),
          },
        },
      );
      for (;;) {
        const { importJob } = await graphql<{ importJob: RemoteJob }>(JOB, { id: startImport.id });
        progress(importJob.phase, importJob.done, importJob.total);
        if (importJob.status === 'FAILED') throw new Error(`${importJob.error?.code}: ${importJob.error?.message}`);
        if (importJob.status === 'DONE' && importJob.report) {
          return importJob.report as unknown as FileImportReport;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    },
    exportWorkbook: async (workspace, filter) =>
      Buffer.from(await (await download(workspace, 'XLSX', filter)).arrayBuffer()),
    exportFile: async (workspace, format, filter) => {
      const response = await download(workspace, format, filter);
      const fileName =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `${workspace}.${format.toLowerCase()}`;
      return { fileName, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
    },
    close: async () => undefined,
  };

  async function download(workspace: string, format: string, filter: ExportFilter): Promise<Response> {
    const query = new URLSearchParams({ workspace, format });
    for (const [key, value] of Object.entries(filter)) {
      if (typeof value === 'string') query.set(key, value);
      else if (value?.length) query.set(key, value.join(','));
    }
    const response = await fetch(`${base}/export?${query}`, { headers });
    if (!response.ok) {
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      throw new Error(body.errors?.[0]?.message ?? `export answered ${response.status}`);
    }
    return response;
  }
}

interface RemoteJob {
  status: string;
  phase: string;
  done: number;
  total: number;
  error: { code: string; message: string } | null;
  report: (Omit<FileImportReport, 'actors' | 'relations'> & { actors: RemoteOutcome; relations: RemoteOutcome }) | null;
}

export type { ColumnMapping };
