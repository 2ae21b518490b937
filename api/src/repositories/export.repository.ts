import type { Viewer } from '../auth/viewer';
import { EXPORT_ACTORS, EXPORT_RELATIONS, EXPORT_SOURCES, type ExportParams } from '../db/queries/export.queries';
import type { Database } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { SourceRecord } from '../domain/source';
import type { ThemeDefinition } from '../domain/vocabulary';
import { BUILT_IN_THEMES } from '../domain/vocabulary';
import { isActiveOn } from '../graph/is-active-on';
import { toActorRecord } from './actor.repository';
import { toRelationRecord } from './relation-record';
import { toSourceRecord } from './source.repository';
import { workspaceThemes } from './workspace.repository';

/**
 * Which actors an export holds (a filtered view) and which of the relations between two of them
 * (by type, mode and engagement level, the map's relation facets). `countries` scopes the view as the
 * map does (web/src/lib/country-scope.ts, the analytics' `countries`): the actors based there, the
 * relations with an end based there, and the other ends of those (supranational and global bodies
 * included). `asOf` keeps what was there on a date: actors inside their lifespan, relations active then.
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
  /** YYYY, YYYY-MM or YYYY-MM-DD (checked by the service). */
  asOf?: string | null;
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
    themes: listOrNull(filter.themes),
    types: listOrNull(filter.types),
    modes: listOrNull(filter.modes),
    engagements: listOrNull(filter.engagements),
  };
  return db.readTransaction(async (tx) => {
    const { actors, relations } = scopeView(
      (await tx.run(EXPORT_ACTORS, params)).map((row) => toActorRecord(row.actor)),
      (await tx.run(EXPORT_RELATIONS, params)).map((row) => ({
        ...toRelationRecord(row.relation),
        sourceExternalId: row.sourceExternalId,
        targetExternalId: row.targetExternalId,
      })),
      listOrNull(filter.countries),
      filter.asOf ?? null,
    );
    const subjects = new Set([...actors.map((a) => a.id), ...relations.map((r) => r.id)]);
    const sources = (await tx.run(EXPORT_SOURCES, { ws, visibilities: params.visibilities, reader: params.reader }))
      .map((row) => toSourceRecord(row.source))
      .filter((source) => subjects.has(source.subjectId));
    const themes = (await workspaceThemes(tx, ws)).filter((theme) => !BUILT_IN_THEMES.some((b) => b.id === theme.id));
    return { themes, actors, relations, sources };
  });
}

/**
 * The view's as-of date and country scope over the actors and relations inside the facets: first what
 * was there on `asOf` (actors inside their lifespan, relations active then between two of them), then,
 * with countries, the relations with an end based there and the actors they tie.
 */
export function scopeView<A extends Pick<ActorRecord, 'id' | 'country' | 'since' | 'until'>, R extends ScopedRelation>(
  allActors: A[],
  allRelations: R[],
  countries: readonly string[] | null,
  asOf: string | null,
): { actors: A[]; relations: R[] } {
  const present = (record: { since: string | null; until: string | null }) => asOf === null || isActiveOn(record, asOf);
  let actors = allActors.filter(present);
  const ids = new Set(actors.map((actor) => actor.id));
  let relations = allRelations.filter((r) => present(r) && ids.has(r.sourceId) && ids.has(r.targetId));
  if (countries !== null) {
    const wanted = new Set(countries);
    const based = new Set(actors.filter((a) => a.country !== null && wanted.has(a.country)).map((a) => a.id));
    relations = relations.filter((r) => based.has(r.sourceId) || based.has(r.targetId));
    const inScope = new Set([...based, ...relations.flatMap((r) => [r.sourceId, r.targetId])]);
    actors = actors.filter((actor) => inScope.has(actor.id));
  }
  return { actors, relations };
}

type ScopedRelation = Pick<RelationRecord, 'sourceId' | 'targetId' | 'since' | 'until'>;
