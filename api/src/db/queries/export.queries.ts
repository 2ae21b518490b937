import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';
import type { ActorNode } from './actor.queries';
import type { RelationNode } from './relation.queries';
import type { SourceNode } from './source.queries';
import { recordVisible } from './visibility';

/** The parameters of every export statement: the workspace, the viewer's visibility and the view's filter. */
export interface ExportParams {
  ws: string;
  visibilities: Visibility[];
  reader: string | null;
  tiers: string[] | null;
  kinds: string[] | null;
  themes: string[] | null;
  sectors: string[] | null;
  /** Relation facets: relations of these types, modes or engagement levels only. */
  types: string[] | null;
  modes: string[] | null;
  engagements: string[] | null;
}

/**
 * An actor of the exported view: live, visible to the viewer, and inside the actor facets. The country
 * scope and the as-of date are drawn after the read (`scopeView` in export.repository.ts), as the map draws them.
 */
const inView = (alias: string) => `${alias}.deletedAt IS NULL AND ${recordVisible(alias)}
     AND ($tiers IS NULL OR ${alias}.tier IN $tiers) AND ($kinds IS NULL OR ${alias}.kind IN $kinds)
     AND ($sectors IS NULL OR ${alias}.sector IN $sectors)
     AND ($themes IS NULL OR any(theme IN ${alias}.themes WHERE theme IN $themes))`;

/** The actors of an export, in externalId order (a stable file for a stable map). */
export const EXPORT_ACTORS = defineQuery<ExportParams, { actor: ActorNode }>(
  'export.actors',
  `MATCH (a:Actor {workspaceId: $ws}) WHERE ${inView('a')}
   RETURN a {.*} AS actor ORDER BY coalesce(a.externalId, a.id)`,
);

/** The live, visible relations of the view between two of its actors, with their ends' external ids. */
export const EXPORT_RELATIONS = defineQuery<
  ExportParams,
  { relation: RelationNode; sourceExternalId: string; targetExternalId: string }
>(
  'export.relations',
  `MATCH (s:Actor {workspaceId: $ws})-[r:RELATES]->(t:Actor {workspaceId: $ws})
   WHERE r.deletedAt IS NULL AND ${recordVisible('r')} AND ${inView('s')} AND ${inView('t')}
     AND ($types IS NULL OR r.type IN $types) AND ($modes IS NULL OR r.mode IN $modes)
     AND ($engagements IS NULL OR r.engagement IN $engagements)
   RETURN r {.*, sourceId: s.id, targetId: t.id} AS relation,
          coalesce(s.externalId, s.id) AS sourceExternalId, coalesce(t.externalId, t.id) AS targetExternalId
   ORDER BY coalesce(r.externalId, r.id)`,
);

/** The live sources of a workspace the viewer may see (the service keeps those of exported records). */
export const EXPORT_SOURCES = defineQuery<Pick<ExportParams, 'ws' | 'visibilities' | 'reader'>, { source: SourceNode }>(
  'export.sources',
  `MATCH (e:Source {workspaceId: $ws}) WHERE e.deletedAt IS NULL AND ${recordVisible('e')}
   RETURN e {.*} AS source ORDER BY e.subjectId, e.document, e.quote, e.title, e.url, e.id`,
);
