import { byIdScope, maySee, type Viewer } from '../auth/viewer';
import type { Visibility } from '../domain/vocabulary';
import {
  SOURCE_CREATE,
  SOURCE_LOCK,
  SOURCE_UPDATE,
  SOURCES_BY_IDS,
  SOURCES_OF_SUBJECTS,
  SOURCES_UNTITLED,
  SUBJECT_FIND,
  type SourceNode,
} from '../db/queries/source.queries';
import type { Database, Tx } from '../db/run-query';
import type { SourceRecord } from '../domain/source';
import { RECORD_AUDIT_FIELDS } from '../domain/audit-fields';
import { NotFoundError } from '../errors';

const RECORD_FIELDS = [
  'id',
  'workspaceId',
  'subjectId',
  'subjectKind',
  'title',
  'url',
  'document',
  'quote',
  'page',
  'accessed',
  'visibility',
  'readers',
  ...RECORD_AUDIT_FIELDS,
] as const satisfies readonly (keyof SourceRecord)[];

export function toSourceRecord(node: SourceNode): SourceRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) out[field] = node[field] ?? null;
  out.readers = node.readers ?? [];
  return out as unknown as SourceRecord;
}

/** Evidence of many actors or relations, in the order asked (DataLoader batch). */
export async function sourcesOfSubjects(
  db: Database,
  viewer: Viewer,
  subjectIds: readonly string[],
  includeDeleted = false,
): Promise<SourceRecord[][]> {
  const rows = await db.read(SOURCES_OF_SUBJECTS, subjectsParams(viewer, subjectIds, includeDeleted));
  const bySubject = new Map(rows.map((row) => [row.subjectId, row.sources.map(toSourceRecord)]));
  return subjectIds.map((id) => bySubject.get(id) ?? []);
}

/** The live evidence of some actors or relations, read in the caller's transaction (to copy it). */
export async function liveSourcesOf(tx: Tx, viewer: Viewer, subjectIds: readonly string[]): Promise<SourceRecord[]> {
  const rows = await tx.run(SOURCES_OF_SUBJECTS, subjectsParams(viewer, subjectIds, false));
  return rows.flatMap((row) => row.sources.map(toSourceRecord));
}

function subjectsParams(viewer: Viewer, subjectIds: readonly string[], includeDeleted: boolean) {
  return {
    ws: null,
    ids: [...new Set(subjectIds)],
    visibilities: [...viewer.visibilities],
    reader: viewer.readerId,
    includeDeleted,
  };
}

export async function sourcesByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Array<SourceRecord | null>> {
  const rows = await db.readSettled(SOURCES_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
  const byId = new Map(
    rows
      .filter((row) =>
        maySee(viewer, row.source.workspaceId as string, {
          visibility: row.source.visibility as Visibility,
          readers: row.source.readers as string[] | undefined,
        }),
      )
      .map((row) => [row.source.id, toSourceRecord(row.source)]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

export async function lockSource(tx: Tx, viewer: Viewer, id: string, field = 'id'): Promise<SourceRecord> {
  const [row] = await tx.run(SOURCE_LOCK, { id });
  const source = row ? toSourceRecord(row.source) : null;
  if (!source || !viewer.visibilities.includes(source.visibility)) throw new NotFoundError('Source', id, field);
  return source;
}

/** The actor or relation a source is about (its workspace, kind and whether it is deleted), or null. */
export async function subjectOf(tx: Tx, id: string) {
  const [row] = await tx.run(SUBJECT_FIND, { id });
  return row ?? null;
}

/** Writes a new source node. */
export async function insertSource(tx: Tx, record: SourceRecord): Promise<SourceRecord> {
  const [row] = await tx.run(SOURCE_CREATE, { props: { ...record } });
  return toSourceRecord(row!.source);
}

/** Writes `patch` over a source still at `version` (bumping it); null when it moved. */
export async function updateSourceRow(
  tx: Tx,
  id: string,
  version: number,
  patch: Record<string, unknown>,
): Promise<SourceRecord | null> {
  const [row] = await tx.run(SOURCE_UPDATE, { id, expectedVersion: version, patch });
  return row ? toSourceRecord(row.source) : null;
}

/** Live sources of workspace `ws` citing one of `documents` without a title (see SOURCES_UNTITLED). */
export function untitledSources(db: Database, ws: string, documents: string[]) {
  return db.read(SOURCES_UNTITLED, { ws, documents });
}
