import { viewerIn, type Viewer } from '../auth/viewer';
import {
  ANALYTICS_GRAPH,
  ANALYTICS_STATE,
  type AnalyticsActorTuple,
  type AnalyticsRelationTuple,
} from '../db/queries/analytics.queries';
import type { Database } from '../db/run-query';
import type { RelationStateRecord } from '../domain/relation';
import {
  BUILT_IN_THEMES,
  isSuccessionType,
  type SuccessionType,
  type ActorKind,
  type EngagementLevel,
  type FundingForm,
  type FundingSource,
  type FundingTerm,
  type ParticipationRole,
  type Mode,
  type RelationType,
  type Sector,
  type Tier,
} from '../domain/vocabulary';
import { NotFoundError } from '../errors';
import { mapGraphRanges, readRanges, type IdRange } from './map-graph-parts';
import type { GraphData, GraphActor, GraphRelation, GraphSuccession, RelationState } from '../graph/analytics-graph';
import { capacityProfile } from '../graph/analytics-graph';

/** What an analytics request learns about its workspace before touching the graph. */
export interface AnalyticsState {
  workspaceId: string;
  /** Changes whenever a write the viewer's class may see commits in the workspace (see CHANGES_CREATE). */
  revision: string;
  /**
   * Changes whenever such a write can alter an analysis (not on an edited description, say): what
   * loaded graphs and computed results are keyed by. Reads `class:g<n>`.
   */
  graphRevision: string;
  /** Built-in theme ids followed by the workspace's own. */
  themeIds: ReadonlySet<string>;
}

/**
 * How far before the latest change the revision counts changes: it must exceed the longest time a
 * write spends between taking its `at` timestamp and committing (writes take it inside the
 * transaction function, so a retried transaction takes a fresh one). Longer windows are safer but
 * count more index entries right after a bulk import (about 500 changes a second).
 */
/** Whose data revision a viewer reads: the one of its visibility class. */
export function revisionClass(viewer: Viewer): 'public' | 'members' | 'all' {
  if (viewer.visibilities.includes('RESTRICTED')) return 'all';
  return viewer.visibilities.includes('WORKSPACE') ? 'members' : 'public';
}

/** The workspace (by id or slug) with its data revision and themes; NOT_FOUND (field `workspace`) if hidden. */
export async function readAnalyticsState(db: Database, viewer: Viewer, workspaceKey: string): Promise<AnalyticsState> {
  const scoped = viewerIn(viewer, workspaceKey);
  const [row] = await db.read(ANALYTICS_STATE, {
    key: workspaceKey,
    visibilities: [...scoped.visibilities],
    revisionClass: revisionClass(scoped),
  });
  if (!row) throw new NotFoundError('Workspace', workspaceKey, 'workspace');
  return {
    workspaceId: row.workspaceId,
    revision: `${revisionClass(scoped)}:${row.dataRevision}`,
    graphRevision: `${revisionClass(scoped)}:g${row.graphRevision}`,
    themeIds: new Set([...BUILT_IN_THEMES.map((theme) => theme.id), ...row.themeIds]),
  };
}

function toGraphActor(tuple: AnalyticsActorTuple): GraphActor {
  const [id, name, kind, tier, sector, country, originCountries, themes, since, until, formerNames, renamedOn] = tuple;
  const capacity = capacityProfile(tuple[12], tuple[13], tuple[14]);
  const dated = {
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(formerNames && formerNames.length > 0
      ? { formerNames: formerNames.map((former, i) => ({ name: former, replacedOn: renamedOn?.[i] ?? '' })) }
      : {}),
  };
  return {
    ...dated,
    id,
    name,
    kind: kind as ActorKind,
    tier: tier as Tier,
    sector: sector as Sector,
    country,
    originCountries: originCountries ?? [],
    themes: themes ?? [],
    ...(capacity ? { capacity } : {}),
  };
}

function toGraphRelation(source: string, tuple: AnalyticsRelationTuple): GraphRelation {
  const [id, type, target, directed, mode, engagement, formal, themes, since, until, amount, currency] = tuple;
  const [confidence, strength, role, states] = [tuple[12], tuple[13], tuple[14], tuple[15]];
  const [fundingSource, fundingTerm, fundingForm] = [tuple[16], tuple[17], tuple[18]];
  return {
    ...(states ? { states: (JSON.parse(states) as RelationStateRecord[]).map(toGraphState) } : {}),
    id,
    type: type as RelationType,
    source,
    target,
    directed: directed ?? true,
    mode: mode as Mode | null,
    engagement: engagement as EngagementLevel | null,
    formal,
    themes: themes ?? [],
    since,
    until,
    amount,
    currency,
    confidence: confidence ?? 1,
    strength,
    role: (role ?? null) as ParticipationRole | null,
    ...(fundingSource ? { fundingSource: fundingSource as FundingSource } : {}),
    ...(fundingTerm ? { fundingTerm: fundingTerm as FundingTerm } : {}),
    ...(fundingForm ? { fundingForm: fundingForm as FundingForm } : {}),
  };
}

/** A stored dated state as the analyses read it: fields left out or null stay as they were. */
export function toGraphState(state: RelationStateRecord): RelationState {
  return {
    on: state.on,
    ...(state.mode != null ? { mode: state.mode } : {}),
    ...(state.engagement != null ? { engagement: state.engagement } : {}),
    ...(state.strength != null ? { strength: state.strength } : {}),
    ...(state.confidence != null ? { confidence: state.confidence } : {}),
  };
}

/** A succession relation as the analyses read it: from the earlier actor to the later, dated by its since. */
export function toGraphSuccession(relation: GraphRelation): GraphSuccession {
  const kind = relation.type as SuccessionType;
  const forward = kind === 'MERGED_INTO';
  return {
    id: relation.id,
    kind,
    predecessor: forward ? relation.source : relation.target,
    successor: forward ? relation.target : relation.source,
    on: relation.since ?? '',
  };
}

/**
 * Actor-id ranges read in parallel: the map's split into one part (see mapGraphRanges), two ranges
 * that together hold every id exactly once, about half the actors each.
 */
export const GRAPH_PARTS: readonly IdRange[] = mapGraphRanges(0, 1);

/**
 * The viewer-visible graph of a workspace as plain analytics data: live actors the viewer may see and
 * the live relations the viewer may see between two of them, read in parallel parts (GRAPH_PARTS).
 * The query returns every visible live relation of a visible live actor; one whose target is not a
 * loaded actor (deleted, hidden from this viewer) is dropped here, so it never reaches an analysis.
 * A write committing between the parts' transactions can make them disagree; it also moves the
 * revision, so the next request loads afresh.
 */
export async function loadAnalyticsGraph(db: Database, viewer: Viewer, workspaceId: string): Promise<GraphData> {
  const visibilities = [...viewerIn(viewer, workspaceId).visibilities];
  const parts = await readRanges(db, ANALYTICS_GRAPH, GRAPH_PARTS, { ws: workspaceId, visibilities });
  const actors: GraphActor[] = [];
  for (const rows of parts) for (const row of rows) actors.push(toGraphActor(row.actor));
  const loaded = new Set(actors.map((actor) => actor.id));
  const relations: GraphRelation[] = [];
  const successions: GraphSuccession[] = [];
  for (const rows of parts) {
    for (const row of rows) {
      const source = row.actor[0];
      for (const tuple of row.out) {
        if (!loaded.has(tuple[2])) continue;
        const relation = toGraphRelation(source, tuple);
        // Successions are not ties: kept apart so that no analysis counts them as edges.
        if (isSuccessionType(relation.type)) successions.push(toGraphSuccession(relation));
        else relations.push(relation);
      }
    }
  }
  return { actors, relations, ...(successions.length > 0 ? { successions } : {}) };
}
