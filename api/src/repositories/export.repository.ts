import type { Viewer } from '../auth/viewer';
import { EXPORT_ACTORS, EXPORT_RELATIONS, EXPORT_SOURCES, type ExportParams } from '../db/queries/export.queries';
import type { Database } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { SourceRecord } from '../domain/source';
import type { ThemeDefinition } from '../domain/vocabulary';
import { BUILT_IN_THEMES } from '../domain/vocabulary';
import { toActorRecord } from './actor.repository';
import { toRelationRecord } from './relation-record';
import { toSourceRecord } from './source.repository';
import { workspaceThemes } from './workspace.repository';

/**
 * Which actors an export holds (a filtered view) and which of the relations between two of them
 * (by type, mode and engagement level, the map's relation facets).
 */
export interface ExportFilter {
  tiers?: string[] | null;
  kinds?: string[] | null;
  sectors?: string[] | null;
  countries?: string[] | null;
  themes?: string[] | null;
  types?: string[] | null;
  modes?: string[] | null;
  engagements?: string[] | null;
}

const listOrNull = (list: string[] | null | undefined) => (list?.length ? list : null);

export interface ExportRecords {
  /** The workspace's own themes (the built-in ones are everywhere). */
  themes: ThemeDefinition[];
  actors: ActorRecord[];
  relations: Array<RelationRecord & { sourceExternalId: string; targetExternalId: string }>;
  sources: SourceRecord[];
}

/**
 * Everything of a workspace that a viewer (scoped to it) may read, as one consistent snapshot: live
 * actors in the view, live relations between them, live sources of those records, each visible to
 * the viewer by the same rules as lists.
 */
export function readExport(db: Database, viewer: Viewer, ws: string, filter: ExportFilter): Promise<ExportRecords> {
  const params: ExportParams = {
    ws,
    visibilities: [...viewer.visibilities],
    reader: viewer.readerId,
    tiers: listOrNull(filter.tiers),
    kinds: listOrNull(filter.kinds),
    sectors: listOrNull(filter.sectors),
    countries: listOrNull(filter.countries),
    themes: listOrNull(filter.themes),
    types: listOrNull(filter.types),
    modes: listOrNull(filter.modes),
    engagements: listOrNull(filter.engagements),
  };
  return db.readTransaction(async (tx) => {
    const actors = (await tx.run(EXPORT_ACTORS, params)).map((row) => toActorRecord(row.actor));
    const relations = (await tx.run(EXPORT_RELATIONS, params)).map((row) => ({
      ...toRelationRecord(row.relation),
      sourceExternalId: row.sourceExternalId,
      targetExternalId: row.targetExternalId,
    }));
    const subjects = new Set([...actors.map((a) => a.id), ...relations.map((r) => r.id)]);
    const sources = (await tx.run(EXPORT_SOURCES, { ws, visibilities: params.visibilities, reader: params.reader }))
      .map((row) => toSourceRecord(row.source))
      .filter((source) => subjects.has(source.subjectId));
    const themes = (await workspaceThemes(tx, ws)).filter((theme) => !BUILT_IN_THEMES.some((b) => b.id === theme.id));
    return { themes, actors, relations, sources };
  });
}
