import type { IncomingMessage, ServerResponse } from 'node:http';
import { Router } from 'express';
import type { Viewer } from '../../auth/viewer';
import type { Database } from '../../db/run-query';
import { BadUserInputError, ClientError } from '../../errors';
import type { Logger } from '../../logger';
import { answerHttpError } from '../../http-errors';
import { EXPORT_FORMATS, exportFile, exportWorkbook, type ExportFormat } from '../../services/export.service';
import { IMPORT_JOBS } from '../../services/import-jobs.service';
import { writeProblemsCsv } from '../../interchange/file-writers';

/** The path uploads are posted to; its body limit is IMPORT_MAX_BYTES, not the GraphQL one. */
export const UPLOAD_PATH = '/import/uploads';

const STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** A client error answered as GraphQL errors are, with the status its code calls for. */
function answer(res: ServerResponse, error: unknown, logger: Logger): void {
  if (!(error instanceof ClientError)) {
    answerHttpError(res, error, logger);
    return;
  }
  const { http, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
  const body = JSON.stringify({ errors: [{ message: error.message, extensions }] });
  res.statusCode = http?.status ?? STATUS[String(extensions.code)] ?? 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(body);
}

/** The query parameters of GET /export that filter the view (the map's facets; see ExportFilter). */
const EXPORT_FACETS = ['tiers', 'kinds', 'sectors', 'countries', 'themes', 'types', 'modes', 'engagements'] as const;

/** A comma-separated query parameter as a list (absent: undefined). */
function listParam(value: unknown): string[] | undefined {
  return typeof value === 'string' && value !== '' ? value.split(',').map((item) => item.trim()) : undefined;
}

/**
 * The file side of import and export, beside /graphql and with its credentials (the same
 * Authorization header, access token or `tmk_` API token):
 * - `POST /import/uploads?name=actors.csv` streams the body to a temporary upload (signed-in
 *   viewers; at most IMPORT_MAX_BYTES) and answers `{ uploadId, bytes }`; `startImport` imports it.
 * - `GET /import/jobs/:id/problems.csv` downloads a job's problems as a table (its owner only).
 * - `GET /export?workspace=…&format=GRAPHML[&tiers=LOCAL,NATIONAL&kinds=…&sectors=…&countries=…&themes=…
 *   &types=…&modes=…&engagements=…]` downloads what the viewer may read of the workspace (or of that
 *   view: actors by the actor facets, relations between them by the relation facets) as a file.
 */
export function interchangeRoutes(deps: {
  db: Database;
  logger: Logger;
  viewerOf: (req: IncomingMessage) => Promise<Viewer>;
}): Router {
  const router = Router();
  router.post(UPLOAD_PATH, (req, res) => {
    void (async () => {
      const viewer = await deps.viewerOf(req);
      const name = typeof req.query.name === 'string' ? req.query.name : 'upload';
      const upload = await IMPORT_JOBS.saveUpload(viewer, name, req);
      res.status(201).json({ uploadId: upload.id, name: upload.name, bytes: upload.bytes });
    })().catch((error: unknown) => {
      // The rest of a refused body is not read: the connection closes after the answer.
      res.setHeader('connection', 'close');
      answer(res, error, deps.logger);
    });
  });
  router.get('/import/jobs/:id/problems.csv', (req, res) => {
    void (async () => {
      const job = IMPORT_JOBS.job(await deps.viewerOf(req), String(req.params.id));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="import-problems.csv"');
      res.setHeader('cache-control', 'no-store');
      res.end(writeProblemsCsv(job.report?.problems ?? []));
    })().catch((error: unknown) => answer(res, error, deps.logger));
  });
  router.get('/export', (req, res) => {
    void (async () => {
      const viewer = await deps.viewerOf(req);
      const workspace = typeof req.query.workspace === 'string' ? req.query.workspace : '';
      const format = String(req.query.format ?? '').toUpperCase();
      const problems = [];
      if (workspace === '') problems.push({ field: ['workspace'], reason: 'is required' });
      if (!(EXPORT_FORMATS as readonly string[]).includes(format))
        problems.push({ field: ['format'], reason: `must be one of ${EXPORT_FORMATS.join(', ')} (got "${format}")` });
      if (problems.length > 0) throw new BadUserInputError(problems);
      const filter = {
        ...Object.fromEntries(EXPORT_FACETS.map((facet) => [facet, listParam(req.query[facet])])),
        asOf: typeof req.query.asOf === 'string' && req.query.asOf !== '' ? req.query.asOf : null,
      };
      const file =
        format === 'XLSX'
          ? await exportWorkbook(deps.db, viewer, workspace, filter)
          : await exportFile(deps.db, viewer, workspace, format as ExportFormat, filter);
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
      res.setHeader('cache-control', 'no-store');
      res.end('bytes' in file ? file.bytes : file.text);
    })().catch((error: unknown) => answer(res, error, deps.logger));
  });
  return router;
}
