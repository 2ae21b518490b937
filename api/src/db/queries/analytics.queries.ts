import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';
import { actorRowsQueries } from './actor-rows.queries';

export interface AnalyticsStateParams {
  /** Workspace id or slug. */
  key: string;
  visibilities: Visibility[];
  /** Whose revision to read: the class the viewer's visibilities make it (see CHANGES_CREATE). */
  revisionClass: 'public' | 'members' | 'all';
}

export interface AnalyticsStateRow {
  workspaceId: string;
  /** The workspace's data revision: a counter every recorded change and theme edit moves. */
  dataRevision: number;
  /** Its graph revision: moved only by the changes that can alter an analysis (see CHANGES_CREATE). */
  graphRevision: number;
  /** Ids of the workspace's own themes (the built-in ones are added in code). */
  themeIds: string[];
}

/**
 * Everything an analytics request needs before touching the graph, in one round trip: the workspace
 * (by id or slug, if the viewer may see it), its data revision and its theme ids. Every write records
 * its Change in its own transaction, and recording moves `w.dataRevision` (see CHANGES_CREATE), so
 * reading the counter is reading whether anything committed since: one node, no history scan.
 */
export const ANALYTICS_STATE = defineQuery<AnalyticsStateParams, AnalyticsStateRow>(
  'analytics.state',
  `CALL {
     MATCH (w:Workspace {id: $key}) RETURN w
     UNION
     MATCH (w:Workspace {slug: $key}) RETURN w
   }
   WITH w WHERE w.visibility IN $visibilities AND w.deletedAt IS NULL
   WITH w LIMIT 1
   RETURN w.id AS workspaceId,
          coalesce(CASE $revisionClass WHEN 'public' THEN w.publicRevision WHEN 'members' THEN w.membersRevision
                   ELSE w.dataRevision END, 0) AS dataRevision,
          coalesce(CASE $revisionClass WHEN 'public' THEN w.publicGraphRevision
                   WHEN 'members' THEN w.membersGraphRevision ELSE w.dataGraphRevision END, 0) AS graphRevision,
          COLLECT { MATCH (t:Theme {workspaceId: w.id}) RETURN t.id } AS themeIds`,
);

/**
 * How large a workspace's graph is, for weighing an analysis before it runs (see
 * analytics-budget.ts): its live actors and relations, whatever their visibility (an upper bound of
 * what any viewer's graph holds). Two index-backed counts.
 */
export const ANALYTICS_SIZE = defineQuery<{ ws: string }, { actors: number; relations: number }>(
  'analytics.size',
  `RETURN COUNT { MATCH (a:Actor {workspaceId: $ws}) WHERE a.deletedAt IS NULL } AS actors,
          COUNT { MATCH ()-[r:RELATES {workspaceId: $ws}]->() WHERE r.deletedAt IS NULL } AS relations`,
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
  since: string | null,
  until: string | null,
  formerNames: string[] | null,
  renamedOn: string[] | null,
  populationsServed: string[] | null,
  services: string[] | null,
  languages: string[] | null,
];

/**
 * The properties of an actor that the analyses read, in the order of AnalyticsActorTuple. A change
 * to none of these (nor to what decides whether a record is in the graph: visibility, deletion)
 * leaves every analysis as it was, so it does not move the graph revisions (see CHANGES_CREATE).
 */
export const ANALYSED_ACTOR_FIELDS = [
  'id',
  'name',
  'kind',
  'tier',
  'sector',
  'country',
  'originCountries',
  'themes',
  'since',
  'until',
  'formerNames',
  'renamedOn',
  'populationsServed',
  'services',
  'languages',
] as const;

/** The properties of a relation the analyses read, in the order of AnalyticsRelationTuple (`targetId`: its target's id). */
export const ANALYSED_RELATION_FIELDS = [
  'id',
  'type',
  'targetId',
  'directed',
  'mode',
  'engagement',
  'formal',
  'themes',
  'since',
  'until',
  'amount',
  'currency',
  'confidence',
  'strength',
  'role',
  'states',
  'fundingSource',
  'fundingTerm',
  'fundingForm',
] as const;

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
  role: string | null,
  /** Dated states as JSON text (see relationProps). */
  states: string | null,
  fundingSource: string | null,
  fundingTerm: string | null,
  fundingForm: string | null,
];

export interface AnalyticsGraphRow {
  actor: AnalyticsActorTuple;
  /**
   * The actor's live outgoing relations the viewer may see, whatever their target: the reader keeps
   * only those whose target is among the rows (see ANALYTICS_GRAPH).
   */
  out: AnalyticsRelationTuple[];
}

/**
 * The whole viewer-visible graph of a workspace, one row per live actor the viewer may see with its
 * live, visible outgoing relations, so every relation arrives exactly once. The target's own checks
 * (live, visible, same workspace) are not repeated per relation here: the rows are exactly the actors
 * that pass them, so the reader drops every relation whose target is not among the rows, which saves
 * three property reads per relation (about 12 % of the query's database hits at 40,000 relations).
 * The filters of an analysis (date, themes, types, modes, countries, confidence) are applied in memory
 * so that one load serves them all. Starting from the actor index and expanding is faster here than
 * seeking the relationship index, because the ends' properties would otherwise be read per relation.
 * `$from` ≤ actor id < `$to` selects a part (see actorRowsQueries), so that parts can be read in
 * parallel transactions: reading properties is most of the query's time, and one query runs on one core.
 */
export const ANALYTICS_GRAPH = actorRowsQueries<AnalyticsGraphRow>('analytics.graph', {
  actor: ANALYSED_ACTOR_FIELDS.map((field) => `a.${field}`).join(', '),
  relation: ANALYSED_RELATION_FIELDS.map((field) => (field === 'targetId' ? 't.id' : `p.${field}`)).join(', '),
});
