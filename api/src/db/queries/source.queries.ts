import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';
import { recordVisible } from './visibility';
import { inVisibleWorkspace, type ByIdScopeParams } from './workspace.queries';

export type SourceNode = Record<string, unknown> & { id: string; version: number; subjectId: string };

/** Evidence of many subjects at once (DataLoader batch for Actor.sources and Relation.sources). */
export const SOURCES_OF_SUBJECTS = defineQuery<
  { ws: string | null; ids: string[]; visibilities: Visibility[]; reader: string | null; includeDeleted: boolean },
  { subjectId: string; sources: SourceNode[] }
>(
  'source.ofSubjects',
  `UNWIND $ids AS subjectId
   OPTIONAL MATCH (s:Source {subjectId: subjectId})
   WHERE ${recordVisible('s')} AND ($includeDeleted OR s.deletedAt IS NULL)
   WITH subjectId, s ORDER BY s.createdAt, s.id
   RETURN subjectId, collect(s {.*}) AS sources`,
);

export const SOURCES_BY_IDS = defineQuery<
  { ids: string[]; reader: string | null } & ByIdScopeParams,
  { source: SourceNode }
>(
  'source.byIds',
  `UNWIND $ids AS id MATCH (s:Source {id: id}) WHERE ${recordVisible('s')} AND ${inVisibleWorkspace('s')}
   RETURN s {.*} AS source`,
);

export const SOURCE_LOCK = defineQuery<{ id: string }, { source: SourceNode }>(
  'source.lock',
  'MATCH (s:Source {id: $id}) SET s._lock = true REMOVE s._lock RETURN s {.*} AS source',
);

export const SOURCE_CREATE = defineQuery<{ props: Record<string, unknown> }, { source: SourceNode }>(
  'source.create',
  'CREATE (s:Source) SET s = $props RETURN s {.*} AS source',
);

export const SOURCE_UPDATE = defineQuery<
  { id: string; expectedVersion: number; patch: Record<string, unknown> },
  { source: SourceNode }
>(
  'source.update',
  `MATCH (s:Source {id: $id}) WHERE s.version = $expectedVersion
   SET s += $patch, s.version = s.version + 1
   RETURN s {.*} AS source`,
);

/**
 * Live sources of a workspace that cite one of `documents` by file name but have no title (to give
 * them their document's title, see graph-seed document-titles.ts).
 */
export const SOURCES_UNTITLED = defineQuery<
  { ws: string; documents: string[] },
  { id: string; version: number; document: string }
>(
  'source.untitled',
  `MATCH (s:Source {workspaceId: $ws})
   WHERE s.title IS NULL AND s.document IN $documents AND s.deletedAt IS NULL
   RETURN s.id AS id, s.version AS version, s.document AS document
   ORDER BY s.id`,
);

/** What a source may be attached to: an actor or a relation, found by id. */
export const SUBJECT_FIND = defineQuery<
  { id: string },
  { kind: 'ACTOR' | 'RELATION'; workspaceId: string; deletedAt: string | null }
>(
  'source.subject',
  `CALL {
     MATCH (a:Actor {id: $id}) RETURN 'ACTOR' AS kind, a.workspaceId AS workspaceId, a.deletedAt AS deletedAt
     UNION
     MATCH ()-[r:RELATES {id: $id}]->() RETURN 'RELATION' AS kind, r.workspaceId AS workspaceId, r.deletedAt AS deletedAt
   }
   RETURN kind, workspaceId, deletedAt LIMIT 1`,
);
