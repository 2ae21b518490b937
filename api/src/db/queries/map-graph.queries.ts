import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';
import { actorRowsQueries } from './actor-rows.queries';

/** An actor as the web map reads it, as a tuple (lists decode faster than maps in the driver). */
export type MapActorTuple = [
  id: string,
  name: string,
  kind: string,
  tier: string,
  sector: string,
  country: string | null,
  themes: string[] | null,
  since: string | null,
  until: string | null,
  formerNames: string[] | null,
  renamedOn: string[] | null,
  aliases: string[] | null,
];

/** A relation as the web map reads it, as a tuple; its source is the actor of the row. */
export type MapRelationTuple = [
  id: string,
  type: string,
  target: string,
  directed: boolean | null,
  mode: string | null,
  engagement: string | null,
  themes: string[] | null,
  since: string | null,
  until: string | null,
  amount: number | null,
  currency: string | null,
  confidence: number | null,
  targetSince: string | null,
  targetUntil: string | null,
];

export interface MapGraphRow {
  actor: MapActorTuple;
  /** The actor's live, visible outgoing relations to live, visible actors of the workspace. */
  out: MapRelationTuple[];
}

/**
 * The whole viewer-visible map of a workspace, the way ANALYTICS_GRAPH reads it (see actorRowsQueries),
 * but with the target's checks too — live, visible, same workspace: the rules of `actors` and
 * `relations` — since a part cannot drop relations to actors of other parts. `$from` ≤ actor id < `$to`
 * selects a part, so that parts run in parallel.
 */
export const MAP_GRAPH = actorRowsQueries<MapGraphRow>('mapGraph.graph', {
  actor:
    'a.id, a.name, a.kind, a.tier, a.sector, a.country, a.themes, a.since, a.until, a.formerNames, a.renamedOn, a.aliases',
  relation:
    'p.id, p.type, b.id, p.directed, p.mode, p.engagement, p.themes, p.since, p.until, p.amount, p.currency, p.confidence, b.since, b.until',
  target: 'b.deletedAt IS NULL AND b.visibility IN $visibilities AND b.workspaceId = $ws',
});

/**
 * Ids of a workspace's relations that a live source the viewer may see supports (Relation.unsourced is
 * the opposite). One pass over the workspace's sources: checking each relation for a source in the
 * graph query nearly doubles it, so the map reads this only when \`unsourced\` is asked for.
 */
export const MAP_SOURCED_RELATIONS = defineQuery<{ ws: string; visibilities: Visibility[] }, { ids: string[] }>(
  'mapGraph.sourcedRelations',
  `MATCH (e:Source {workspaceId: $ws}) USING INDEX SEEK e:Source(workspaceId)
   WHERE e.subjectKind = 'RELATION' AND e.deletedAt IS NULL AND e.visibility IN $visibilities
   RETURN collect(DISTINCT e.subjectId) AS ids`,
);

/**
 * How many live actors of a workspace the viewer may see (the actors MAP_GRAPH reads), for
 * `mapGraph(wholeUpTo:)`: whether a small map is answered whole rather than in parts.
 */
export const MAP_ACTOR_COUNT = defineQuery<{ ws: string; visibilities: Visibility[] }, { actors: number }>(
  'mapGraph.actorCount',
  `MATCH (s:Actor {workspaceId: $ws})
   WHERE s.deletedAt IS NULL AND s.visibility IN $visibilities
   RETURN count(s) AS actors`,
);
