import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';
import { actorIdRangeMatch } from './actor-id-range';

/** An actor as the web map reads it, as a tuple (lists decode faster than maps in the driver). */
export type MapActorTuple = [
  id: string,
  name: string,
  kind: string,
  tier: string,
  sector: string,
  country: string | null,
  themes: string[] | null,
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
];

export interface MapGraphRow {
  actor: MapActorTuple;
  /** The actor's live, visible outgoing relations to live, visible actors of the workspace. */
  out: MapRelationTuple[];
}

/**
 * The whole viewer-visible map of a workspace in one pass, the way ANALYTICS_GRAPH reads it: one row
 * per live actor the viewer may see, with its live, visible outgoing relations to live, visible actors
 * of the same workspace — the rules of `actors` and `relations` — so every relation arrives once.
 * `$from` ≤ actor id < `$to` (null: unbounded) selects a part, so that parts run in parallel.
 */
const mapGraphQuery = (bounded: boolean) =>
  defineQuery<{ ws: string; visibilities: Visibility[]; from: string; to: string | null }, MapGraphRow>(
    bounded ? 'mapGraph.graph' : 'mapGraph.graphTail',
    `${actorIdRangeMatch(bounded)}
       AND s.deletedAt IS NULL AND s.visibility IN $visibilities
     RETURN [s.id, s.name, s.kind, s.tier, s.sector, s.country, s.themes] AS actor,
            COLLECT {
              MATCH (s)-[r:RELATES]->(t:Actor)
              WHERE r.deletedAt IS NULL AND r.visibility IN $visibilities
                AND t.deletedAt IS NULL AND t.visibility IN $visibilities AND t.workspaceId = $ws
              RETURN [r.id, r.type, t.id, r.directed, r.mode, r.engagement, r.themes, r.since, r.until,
                      r.amount, r.currency, r.confidence]
            } AS out`,
  );

/**
 * The whole viewer-visible map of a workspace in one pass, the way ANALYTICS_GRAPH reads it: one row
 * per live actor the viewer may see, with its live, visible outgoing relations to live, visible actors
 * of the same workspace — the rules of `actors` and `relations` — so every relation arrives once.
 * `$from` ≤ actor id < `$to` selects a part, so that parts run in parallel; `unbounded` is the text
 * for the last part (no `$to`).
 */
export const MAP_GRAPH = { bounded: mapGraphQuery(true), unbounded: mapGraphQuery(false) };

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
