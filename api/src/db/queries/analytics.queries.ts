import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';

export interface AnalyticsStateParams {
  /** Workspace id or slug. */
  key: string;
  visibilities: Visibility[];
  /** How far back from the latest change recent changes are counted (see ANALYTICS_STATE). */
  windowSeconds: number;
}

export interface AnalyticsStateRow {
  workspaceId: string;
  /** `at` of the latest Change of the workspace; null before the first write. */
  latestAt: string | null;
  /** Changes whose `at` lies within the window before `latestAt`. */
  recentChanges: number;
  /** Ids of the workspace's own themes (the built-in ones are added in code). */
  themeIds: string[];
}

/**
 * Everything an analytics request needs before touching the graph, in one round trip: the workspace
 * (by id or slug, if the viewer may see it), its data revision and its theme ids.
 *
 * Every write records a Change with an ISO `at` in the same transaction, so the revision is read from
 * the change_workspace_at index: the latest `at` (index-backed order, LIMIT 1 — two index entries
 * read whatever the history's length) plus the number of changes within `windowSeconds` before it.
 * The count is what makes the revision safe: a transaction that took its timestamp before another's
 * but committed after it leaves max(at) unchanged, yet still adds one to the recent count. A full
 * count(c) would do the same but reads every index entry of the workspace's history (≈40 ms at 50,000
 * changes); the window only reads the latest burst. Both `at` strings come from toISOString, so their
 * order is chronological; the window start is approximate to the second, which is harmless. The
 * `USING INDEX SEEK` hints keep every plan a seek: on small databases the planner may otherwise
 * prefer scanning the whole ordered index, which would read other workspaces' history.
 */
export const ANALYTICS_STATE = defineQuery<AnalyticsStateParams, AnalyticsStateRow>(
  'analytics.state',
  `CALL {
     MATCH (w:Workspace {id: $key}) RETURN w
     UNION
     MATCH (w:Workspace {slug: $key}) RETURN w
   }
   WITH w WHERE w.visibility IN $visibilities
   WITH w LIMIT 1
   CALL (w) {
     MATCH (c:Change) USING INDEX SEEK c:Change(workspaceId, at)
     WHERE c.workspaceId = w.id AND c.at > ''
     WITH c ORDER BY c.workspaceId DESC, c.at DESC LIMIT 1
     RETURN collect(c.at) AS latest
   }
   WITH w, latest[0] AS latestAt
   CALL (w, latestAt) {
     MATCH (c:Change) USING INDEX SEEK c:Change(workspaceId, at)
     WHERE latestAt IS NOT NULL AND c.workspaceId = w.id
       AND c.at >= toString(datetime(latestAt) - duration({seconds: $windowSeconds}))
     RETURN count(c) AS recentChanges
   }
   RETURN w.id AS workspaceId, latestAt, recentChanges,
          COLLECT { MATCH (t:Theme {workspaceId: w.id}) RETURN t.id } AS themeIds`,
);

/**
 * An actor as the analytics read it, as a tuple: lists decode about twice as fast as maps in the
 * driver, which matters at 10,000 actors and 40,000 relations (keys are not repeated per row).
 */
export type AnalyticsActorTuple = [
  id: string,
  name: string,
  kind: string,
  tier: string,
  sector: string,
  country: string | null,
  originCountries: string[] | null,
  themes: string[] | null,
];

/** A relation as the analytics read it, as a tuple; its source is the actor of the row. */
export type AnalyticsRelationTuple = [
  id: string,
  type: string,
  target: string,
  directed: boolean | null,
  mode: string | null,
  engagement: string | null,
  formal: boolean | null,
  themes: string[] | null,
  since: string | null,
  until: string | null,
  amount: number | null,
  currency: string | null,
  confidence: number | null,
  strength: number | null,
];

export interface AnalyticsGraphRow {
  actor: AnalyticsActorTuple;
  /** The actor's outgoing relations to other live actors the viewer may see. */
  out: AnalyticsRelationTuple[];
}

/**
 * The whole viewer-visible graph of a workspace, one row per live actor the viewer may see with its
 * live, visible outgoing relations to live, visible actors — so every relation arrives exactly once,
 * and never one with a hidden or deleted end. Rows stream (no workspace-sized collect on the server);
 * the filters of an analysis (date, themes, types, modes, countries, confidence) are applied in memory
 * so that one load serves them all. Starting from the actor index and expanding is faster here than
 * seeking the relationship index, because the ends' properties would otherwise be read per relation.
 */
export const ANALYTICS_GRAPH = defineQuery<{ ws: string; visibilities: Visibility[] }, AnalyticsGraphRow>(
  'analytics.graph',
  `MATCH (s:Actor {workspaceId: $ws}) USING INDEX SEEK s:Actor(workspaceId)
   WHERE s.deletedAt IS NULL AND s.visibility IN $visibilities
   RETURN [s.id, s.name, s.kind, s.tier, s.sector, s.country, s.originCountries, s.themes] AS actor,
          COLLECT {
            MATCH (s)-[r:RELATES]->(t:Actor)
            WHERE r.deletedAt IS NULL AND r.visibility IN $visibilities
              AND t.deletedAt IS NULL AND t.visibility IN $visibilities AND t.workspaceId = $ws
            RETURN [r.id, r.type, t.id, r.directed, r.mode, r.engagement, r.formal, r.themes, r.since, r.until,
                    r.amount, r.currency, r.confidence, r.strength]
          } AS out`,
);
