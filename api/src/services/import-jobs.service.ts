import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSignedIn, type Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import type { RecordKind } from '../interchange/field-table';
import { BadUserInputError, ClientError, NotFoundError } from '../errors';
import { importFiles, type FileImportOptions, type FileImportReport } from './file-import.service';
import { asEditorIn } from './rights.service';

/** The largest file one upload may hold (IMPORT_MAX_BYTES overrides it), in bytes. */
export const IMPORT_MAX_BYTES = positiveOr(Number(process.env.IMPORT_MAX_BYTES), 200 * 1024 * 1024);

function positiveOr(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** How long an upload or a finished job is kept for its owner. */
const KEEP_MS = 60 * 60 * 1000;

export interface Upload {
  id: string;
  ownerId: string;
  name: string;
  path: string;
  bytes: number;
  at: number;
}

export type JobStatus = 'RUNNING' | 'DONE' | 'FAILED';
export type JobPhase = 'READING' | 'VALIDATING' | 'WRITING' | 'FINISHED';

export interface ImportJob {
  id: string;
  ownerId: string;
  workspace: string;
  status: JobStatus;
  phase: JobPhase;
  /** Rows read, then records written, out of `total`, in the current phase. */
  done: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  report: FileImportReport | null;
  /** Why a job failed (a client error's message; anything else is "internal error"). */
  error: { code: string; message: string } | null;
}

/**
 * Uploads and import jobs of this API process. An upload is streamed to a temporary file, cut off
 * at IMPORT_MAX_BYTES; a job reads its owner's uploads and runs importFiles in the background,
 * keeping its progress for `importJob` to answer. Both belong to the viewer that made them (others
 * are told they do not exist) and are forgotten an hour after their last use; see ADR 0017.
 */
export class ImportJobs {
  private readonly uploads = new Map<string, Upload>();
  private readonly jobs = new Map<string, ImportJob>();
  private readonly folder = join(tmpdir(), `tiermap-uploads-${process.pid}`);

  /** Streams a request body to a file; PAYLOAD_TOO_LARGE (413) past the limit, and nothing is kept. */
  async saveUpload(viewer: Viewer, name: string, body: Readable, maxBytes = IMPORT_MAX_BYTES): Promise<Upload> {
    assertSignedIn(viewer);
    this.forgetOld();
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const path = join(this.folder, id);
    let bytes = 0;
    try {
      await pipeline(
        body,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxBytes) {
              throw new ClientError(
                'BAD_USER_INPUT',
                `The file is larger than the ${Math.round(maxBytes / 1048576)} MB allowed`,
                {
                  reason: 'PAYLOAD_TOO_LARGE',
                  http: { status: 413 },
                },
              );
            }
            yield chunk;
          }
        },
        createWriteStream(path, { mode: 0o600 }),
      );
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const upload: Upload = {
      id,
      ownerId: viewer.id,
      name: name.slice(0, 200) || 'upload',
      path,
      bytes,
      at: Date.now(),
    };
    this.uploads.set(id, upload);
    return upload;
  }

  /**
   * Starts an import of uploads into a workspace (editors only, as importGraph) and answers the job
   * at once; its progress and report are read with `job`.
   */
  async start(
    db: Database,
    viewer: Viewer,
    workspace: string,
    files: ReadonlyArray<{ uploadId: string; kind?: RecordKind | null }>,
    options: Omit<FileImportOptions, 'onProgress'>,
  ): Promise<ImportJob> {
    const scoped = await asEditorIn(db, viewer, workspace);
    if (files.length === 0 || files.length > 8)
      throw new BadUserInputError([{ field: ['input', 'files'], reason: 'must name 1 to 8 uploads' }]);
    const uploads = files.map((file, index) => {
      const upload = this.uploads.get(file.uploadId);
      if (!upload || upload.ownerId !== viewer.id)
        throw new NotFoundError('Upload', file.uploadId, `input.files.${index}.uploadId`);
      // In use again: not forgotten while the job reads it.
      upload.at = Date.now();
      return { upload, kind: file.kind ?? undefined };
    });
    const job: ImportJob = {
      id: randomUUID(),
      ownerId: viewer.id,
      workspace: scoped.workspace.id,
      status: 'RUNNING',
      phase: 'READING',
      done: 0,
      total: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      report: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    void (async () => {
      try {
        // The uploads are read from disk as the import needs them (a CSV file as a stream).
        const read = uploads.map(({ upload, kind }) => ({
          name: upload.name,
          path: upload.path,
          ...(kind ? { kind } : {}),
        }));
        job.report = await importFiles(db, scoped.viewer, scoped.workspace.id, read, {
          ...options,
          onProgress: (phase, done, total) => Object.assign(job, { phase, done, total }),
        });
        job.status = 'DONE';
      } catch (error) {
        job.status = 'FAILED';
        job.error =
          error instanceof ClientError
            ? { code: String(error.extensions.code), message: error.message }
            : {
                code: 'INTERNAL_SERVER_ERROR',
                message: 'The import failed; nothing after the last committed batch was written',
              };
      } finally {
        job.phase = 'FINISHED';
        job.finishedAt = new Date().toISOString();
      }
    })();
    return job;
  }

  /** A job of this viewer; NOT_FOUND for any other (or an unknown id). */
  job(viewer: Viewer, id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job || job.ownerId !== viewer.id) throw new NotFoundError('ImportJob', id, 'id');
    return job;
  }

  private forgetOld(): void {
    const before = Date.now() - KEEP_MS;
    for (const [id, upload] of this.uploads) {
      if (upload.at < before) {
        this.uploads.delete(id);
        void rm(upload.path, { force: true });
      }
    }
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < before) this.jobs.delete(id);
    }
  }
}

/** The uploads and jobs of this process. */
export const IMPORT_JOBS = new ImportJobs();
