import { firstVersion } from './audit-fields';
import type { InputChecker } from './validation';
import type { Visibility } from './vocabulary';

export type SubjectKind = 'ACTOR' | 'RELATION';

/** Evidence attached to an actor or a relation. */
export interface SourceRecord {
  id: string;
  workspaceId: string;
  subjectId: string;
  subjectKind: SubjectKind;
  title: string | null;
  url: string | null;
  document: string | null;
  quote: string | null;
  page: string | null;
  accessed: string | null;
  visibility: Visibility;
  /** Members who may see the source although their role does not let them see its visibility. */
  readers: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
}

export interface SourceFields {
  title?: string | null;
  url?: string | null;
  document?: string | null;
  quote?: string | null;
  page?: string | null;
  accessed?: string | null;
  visibility?: Visibility;
  readers?: string[];
}

export const SOURCE_EDITABLE_FIELDS = [
  'title',
  'url',
  'document',
  'quote',
  'page',
  'accessed',
  'visibility',
  'readers',
] as const satisfies readonly (keyof SourceFields)[];

/** Checks source fields as they would be after the write; a source must say where it comes from. */
export function checkSourceFields(
  check: InputChecker,
  merged: SourceFields,
  prefix: readonly (string | number)[],
): void {
  const at = (name: string) => [...prefix, name];
  if (!merged.title && !merged.url && !merged.document) {
    check.add(at('title'), 'a source needs at least a title, a url or a document');
  }
  check.text(at('title'), merged.title, { min: 1, max: 500 });
  check.url(at('url'), merged.url);
  check.text(at('document'), merged.document, { min: 1, max: 300 });
  check.text(at('quote'), merged.quote, { min: 1, max: 5000 });
  check.text(at('page'), merged.page, { min: 1, max: 50 });
  check.isoDate(at('accessed'), merged.accessed);
  check.list(at('readers'), merged.readers, 100, (path, id) => check.text(path, id, { min: 1, max: 100 }));
}

/** A new source (version 1) on its subject, from checked fields. */
export function newSourceRecord(
  id: string,
  subject: { workspaceId: string; subjectId: string; subjectKind: SubjectKind },
  fields: SourceFields,
  by: string,
  now: string,
): SourceRecord {
  return {
    id,
    ...subject,
    title: fields.title ?? null,
    url: fields.url ?? null,
    document: fields.document ?? null,
    quote: fields.quote ?? null,
    page: fields.page ?? null,
    accessed: fields.accessed ?? null,
    visibility: fields.visibility ?? 'PUBLIC',
    readers: fields.readers ?? [],
    ...firstVersion(by, now),
  };
}
