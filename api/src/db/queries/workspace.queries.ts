import type { ThemeDefinition, Visibility } from '../../domain/vocabulary';
import type { WorkspaceRecord } from '../../domain/workspace';
import { recordVisible, type VisibleParams } from './visibility';
import { defineQuery } from '../query';

export interface WorkspaceRow {
  workspace: WorkspaceRecord;
}

export interface WorkspaceCountRow {
  id: string;
  count: number;
}

/**
 * A relation counts when it and both its actors are live and visible, as in relation lists: a
 * count must not reveal relations to actors the viewer may not see.
 */
const LIVE_VISIBLE_RELATION = `r.deletedAt IS NULL AND s.deletedAt IS NULL AND t.deletedAt IS NULL
            AND ${recordVisible('r')} AND ${recordVisible('s')} AND ${recordVisible('t')}`;

/** Workspaces the viewer may see (their counts are separate queries, run only when asked for). */
export const WORKSPACE_LIST = defineQuery<{ visibilities: Visibility[]; memberOf: string[] }, WorkspaceRow>(
  'workspace.list',
  `MATCH (w:Workspace) WHERE w.deletedAt IS NULL AND (w.visibility IN $visibilities OR w.id IN $memberOf)
   RETURN w {.*} AS workspace
   ORDER BY w.title`,
);

/**
 * One workspace by id or slug: one node read through a uniqueness constraint. Every workspace-scoped
 * request starts with it, so it counts nothing.
 */
export const WORKSPACE_FIND = defineQuery<
  { key: string; visibilities: Visibility[]; memberOf: string[]; includeDeleted: boolean },
  WorkspaceRow
>(
  'workspace.find',
  `CALL {
     MATCH (w:Workspace {id: $key}) RETURN w
     UNION
     MATCH (w:Workspace {slug: $key}) RETURN w
   }
   WITH w WHERE (w.visibility IN $visibilities OR w.id IN $memberOf) AND ($includeDeleted OR w.deletedAt IS NULL)
   RETURN w {.*} AS workspace
   LIMIT 1`,
);

/**
 * The start of a statement scoped to one workspace named by id or slug (`$workspace`) that the
 * viewer may see: binds its id to `ws`, or yields no row at all when there is no such workspace,
 * so the statement answers "not found" by returning nothing. One node read through a uniqueness
 * constraint; the rest of the statement imports `ws` into its subqueries.
 */
export const IN_WORKSPACE = `CALL {
     MATCH (w:Workspace {id: $workspace}) RETURN w
     UNION
     MATCH (w:Workspace {slug: $workspace}) RETURN w
   }
   WITH w WHERE w.visibility IN $visibilities AND w.deletedAt IS NULL
   WITH w.id AS ws LIMIT 1`;

/** Parameters of a read by id, before the workspace is known (see byIdScope). */
export interface ByIdScopeParams {
  visibilities: Visibility[];
  workspaceVisibilities: Visibility[];
  memberOf: string[];
}

/**
 * The condition that the workspace of `alias` (a node or relationship with `workspaceId`) is live
 * and one the viewer may read: public, or one it belongs to. Reads by id use it, so that a record
 * in a members-only workspace is not found by id any more than in lists.
 */
export const inVisibleWorkspace = (alias: string) =>
  `EXISTS { MATCH (w:Workspace {id: ${alias}.workspaceId})
            WHERE w.deletedAt IS NULL AND (w.visibility IN $workspaceVisibilities OR w.id IN $memberOf) }`;

/**
 * For anonymous visitors, who see the same in every public workspace: the condition that the
 * workspace of `alias` is public and live, so that a read by id needs no lookup of it first.
 */
export const inPublicWorkspace = (alias: string) =>
  `EXISTS { MATCH (w:Workspace {id: ${alias}.workspaceId}) WHERE w.deletedAt IS NULL AND w.visibility = 'PUBLIC' }`;

/** Live actors the viewer may see, per workspace (for Workspace.actorCount, batched). */
export const WORKSPACE_ACTOR_COUNTS = defineQuery<{ ids: string[] } & VisibleParams, WorkspaceCountRow>(
  'workspace.actorCounts',
  `UNWIND $ids AS id
   RETURN id, COUNT { MATCH (a:Actor {workspaceId: id}) WHERE a.deletedAt IS NULL AND ${recordVisible('a')} } AS count`,
);

/** Live relations the viewer may see, per workspace (for Workspace.relationCount, batched). */
export const WORKSPACE_RELATION_COUNTS = defineQuery<{ ids: string[] } & VisibleParams, WorkspaceCountRow>(
  'workspace.relationCounts',
  `UNWIND $ids AS id
   RETURN id, COUNT { MATCH (s:Actor)-[r:RELATES {workspaceId: id}]->(t:Actor) USING INDEX r:RELATES(workspaceId) WHERE ${LIVE_VISIBLE_RELATION} } AS count`,
);

export const WORKSPACE_CREATE = defineQuery<{ props: WorkspaceRecord }, { workspace: WorkspaceRecord }>(
  'workspace.create',
  'CREATE (w:Workspace) SET w = $props RETURN w {.*} AS workspace',
);

export const WORKSPACE_THEMES = defineQuery<{ ws: string }, { theme: ThemeDefinition }>(
  'workspace.themes',
  'MATCH (t:Theme {workspaceId: $ws}) RETURN t {.id, .label, .description} AS theme ORDER BY t.label',
);

/** A theme as written, with the helpers a search matches words against (withThemeSearchProps). */
export type ThemeRow = ThemeDefinition & { searchWords: string[]; searchTerm: string };

/** Adds or relabels workspace themes (ids are stable, so labels may change); moves the data revision. */
export const WORKSPACE_UPSERT_THEMES = defineQuery<{ ws: string; themes: ThemeRow[] }, { id: string }>(
  'workspace.upsertThemes',
  `MATCH (w:Workspace {id: $ws})
   SET w.dataRevision = coalesce(w.dataRevision, 0) + 1,
       w.membersRevision = coalesce(w.membersRevision, 0) + 1,
       w.publicRevision = coalesce(w.publicRevision, 0) + 1,
       w.dataGraphRevision = coalesce(w.dataGraphRevision, 0) + 1,
       w.membersGraphRevision = coalesce(w.membersGraphRevision, 0) + 1,
       w.publicGraphRevision = coalesce(w.publicGraphRevision, 0) + 1
   WITH w
   UNWIND $themes AS theme
   MERGE (t:Theme {workspaceId: w.id, id: theme.id})
   SET t.label = theme.label, t.description = theme.description,
       t.searchWords = theme.searchWords, t.searchTerm = theme.searchTerm
   RETURN t.id AS id`,
);

/**
 * Removes a batch of a workspace's data for good (used by tests and by reset); call until it
 * reports 0, so that a big workspace never needs one huge transaction.
 */
export const WORKSPACE_PURGE_BATCH = defineQuery<{ ws: string; batch: number }, { deleted: number }>(
  'workspace.purgeBatch',
  `CALL {
     MATCH (n:Actor {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:Source {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:Change {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:Theme {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:Invitation {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:ApiToken {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:AuditEvent {workspaceId: $ws}) RETURN n LIMIT $batch
     UNION
     MATCH (n:Period {workspaceId: $ws}) RETURN n LIMIT $batch
   }
   WITH n LIMIT $batch
   DETACH DELETE n
   RETURN count(*) AS deleted`,
);

export const WORKSPACE_DELETE = defineQuery<{ ws: string }, { deleted: number }>(
  'workspace.delete',
  'MATCH (w:Workspace {id: $ws}) DETACH DELETE w RETURN count(*) AS deleted',
);

/** Workspaces deleted before `cutoff`: past their grace period, to be purged. */
export const WORKSPACES_TO_PURGE = defineQuery<{ cutoff: string }, { id: string }>(
  'workspace.toPurge',
  'MATCH (w:Workspace) WHERE w.deletedAt IS NOT NULL AND w.deletedAt < $cutoff RETURN w.id AS id',
);

/** Deleted workspaces the user owns (or every one, for an administrator), to restore. */
export const WORKSPACES_DELETED = defineQuery<{ userId: string; admin: boolean }, WorkspaceRow>(
  'workspace.deleted',
  `MATCH (w:Workspace) WHERE w.deletedAt IS NOT NULL
     AND ($admin OR EXISTS { MATCH (:User {id: $userId})-[:MEMBER_OF {role: 'OWNER'}]->(w) })
   RETURN w {.*} AS workspace ORDER BY w.deletedAt DESC`,
);

/** Takes a workspace's write lock before reading it (settings, deletion: see versioned-write.ts). */
export const WORKSPACE_LOCK = defineQuery<{ id: string }, WorkspaceRow>(
  'workspace.lock',
  'MATCH (w:Workspace {id: $id}) SET w._lock = true REMOVE w._lock RETURN w {.*} AS workspace',
);

/** Writes `patch` over a workspace still at `expectedVersion` (workspaces made before versions count as 1). */
export const WORKSPACE_PATCH = defineQuery<
  { id: string; expectedVersion: number; patch: Record<string, unknown> },
  WorkspaceRow
>(
  'workspace.patch',
  `MATCH (w:Workspace {id: $id}) WHERE coalesce(w.version, 1) = $expectedVersion
   SET w += $patch, w.version = $expectedVersion + 1,
       w.dataRevision = coalesce(w.dataRevision, 0) + 1,
       w.membersRevision = coalesce(w.membersRevision, 0) + 1,
       w.publicRevision = coalesce(w.publicRevision, 0) + 1,
       w.dataGraphRevision = coalesce(w.dataGraphRevision, 0) + 1,
       w.membersGraphRevision = coalesce(w.membersGraphRevision, 0) + 1,
       w.publicGraphRevision = coalesce(w.publicGraphRevision, 0) + 1
   RETURN w {.*} AS workspace`,
);
