import { defineQuery } from '../query';

const q = (name: string, text: string) => defineQuery<Record<string, never>, never>(`schema.${name}`, text);

/**
 * Schema migrations: constraints and indexes, each idempotent (IF NOT EXISTS), applied in order at
 * start-up. Community edition has one user database, so every node carries workspaceId and every
 * workspace-scoped read starts from an index that includes it.
 */
export const SCHEMA_MIGRATIONS = [
  q('workspaceId', 'CREATE CONSTRAINT workspace_id IF NOT EXISTS FOR (w:Workspace) REQUIRE w.id IS UNIQUE'),
  q('workspaceSlug', 'CREATE CONSTRAINT workspace_slug IF NOT EXISTS FOR (w:Workspace) REQUIRE w.slug IS UNIQUE'),
  q('actorId', 'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE'),
  q(
    'actorExternalId',
    'CREATE CONSTRAINT actor_external_id IF NOT EXISTS FOR (a:Actor) REQUIRE (a.workspaceId, a.externalId) IS UNIQUE',
  ),
  q(
    'actorWorkspaceName',
    'CREATE INDEX actor_workspace_name IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.nameKey)',
  ),
  q(
    'actorWorkspaceUpdated',
    'CREATE INDEX actor_workspace_updated IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.updatedAt)',
  ),
  q('actorWorkspaceTier', 'CREATE INDEX actor_workspace_tier IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.tier)'),
  q('actorWorkspaceKind', 'CREATE INDEX actor_workspace_kind IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.kind)'),
  q(
    'actorWorkspaceCountry',
    'CREATE INDEX actor_workspace_country IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.country)',
  ),
  q(
    'actorWorkspaceSector',
    'CREATE INDEX actor_workspace_sector IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.sector)',
  ),
  // Full-text search names the workspace inside the Lucene query (+workspaceId:"…"), so the index
  // answers only that workspace's hits; the first index (without workspaceId) is dropped.
  q('dropActorSearch', 'DROP INDEX actor_search IF EXISTS'),
  // Search folds accents and case ("Sénégal" and "senegal" are one word: names are stored folded,
  // see actorSearchProps, and 'standard-folding' folds the rest) and also reads city, country names
  // and themes (issue 18); it replaces actor_search_ws. It holds no English stop words, so a search
  // does not require them (INDEX_STOP_WORDS).
  q('dropActorSearchWorkspace', 'DROP INDEX actor_search_ws IF EXISTS'),
  q('schemaStateId', 'CREATE CONSTRAINT schema_state_id IF NOT EXISTS FOR (s:SchemaState) REQUIRE s.id IS UNIQUE'),
  q(
    'actorSearchFolded',
    "CREATE FULLTEXT INDEX actor_search_folded IF NOT EXISTS FOR (a:Actor) ON EACH [a.nameFold, a.aliasFolds, a.description, a.city, a.countryText, a.themes, a.workspaceId] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  ),
  q(
    'actorWorkspaceCreated',
    'CREATE INDEX actor_workspace_created IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.createdAt)',
  ),
  q('relationId', 'CREATE CONSTRAINT relation_id IF NOT EXISTS FOR ()-[r:RELATES]-() REQUIRE r.id IS UNIQUE'),
  q('relationWorkspace', 'CREATE INDEX relation_workspace IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.workspaceId)'),
  q(
    'relationWorkspaceType',
    'CREATE INDEX relation_workspace_type IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.workspaceId, r.type)',
  ),
  // Relation pages read in (createdAt, id) order: with a type, from (workspaceId, type, createdAt);
  // without, from (workspaceId, createdAt).
  q(
    'relationWorkspaceTypeCreated',
    'CREATE INDEX relation_workspace_type_created IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.workspaceId, r.type, r.createdAt)',
  ),
  q(
    'relationWorkspaceCreated',
    'CREATE INDEX relation_workspace_created IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.workspaceId, r.createdAt)',
  ),
  q(
    'relationExternalId',
    'CREATE INDEX relation_external_id IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.workspaceId, r.externalId)',
  ),
  q('sourceId', 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE'),
  q('sourceKey', 'CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE (s.workspaceId, s.key) IS UNIQUE'),
  q('actorWorkspace', 'CREATE INDEX actor_workspace IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId)'),
  // The map and the analytics graph read a workspace's actors in id ranges (see actorRowsQueries).
  q('actorWorkspaceId', 'CREATE INDEX actor_workspace_id IF NOT EXISTS FOR (a:Actor) ON (a.workspaceId, a.id)'),
  q('sourceSubject', 'CREATE INDEX source_subject_id IF NOT EXISTS FOR (s:Source) ON (s.subjectId)'),
  q('sourceWorkspace', 'CREATE INDEX source_workspace IF NOT EXISTS FOR (s:Source) ON (s.workspaceId)'),
  q('changeWorkspace', 'CREATE INDEX change_workspace IF NOT EXISTS FOR (c:Change) ON (c.workspaceId)'),
  q('themeWorkspace', 'CREATE INDEX theme_workspace IF NOT EXISTS FOR (t:Theme) ON (t.workspaceId)'),
  q('changeId', 'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE'),
  q('changeEntity', 'CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.workspaceId, c.entityId)'),
  q('changeWorkspaceAt', 'CREATE INDEX change_workspace_at IF NOT EXISTS FOR (c:Change) ON (c.workspaceId, c.at)'),
  // Named periods of a workspace (see period.service.ts).
  q('periodId', 'CREATE CONSTRAINT period_id IF NOT EXISTS FOR (p:Period) REQUIRE p.id IS UNIQUE'),
  q('periodWorkspace', 'CREATE INDEX period_workspace IF NOT EXISTS FOR (p:Period) ON (p.workspaceId)'),
  // The changes of one rename, merge or split, reverted together (see succession.service.ts).
  q('changeOperation', 'CREATE INDEX change_operation IF NOT EXISTS FOR (c:Change) ON (c.workspaceId, c.operationId)'),
  q('themeKey', 'CREATE CONSTRAINT theme_key IF NOT EXISTS FOR (t:Theme) REQUIRE (t.workspaceId, t.id) IS UNIQUE'),
  // Accounts (PRODUCT.md section 8): users are not in a workspace; their roles are MEMBER_OF
  // relationships to workspaces. Secrets are stored only as hashes, looked up by hash.
  q('userId', 'CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE'),
  q('userEmail', 'CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.emailKey IS UNIQUE'),
  q('sessionId', 'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE'),
  q('sessionRefresh', 'CREATE INDEX session_refresh IF NOT EXISTS FOR (s:Session) ON (s.refreshHash)'),
  q('sessionUser', 'CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId)'),
  q('apiTokenId', 'CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE'),
  q('apiTokenHash', 'CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.tokenHash IS UNIQUE'),
  q('apiTokenUser', 'CREATE INDEX api_token_user IF NOT EXISTS FOR (t:ApiToken) ON (t.userId)'),
  q('invitationId', 'CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE'),
  q('invitationHash', 'CREATE INDEX invitation_token IF NOT EXISTS FOR (i:Invitation) ON (i.tokenHash)'),
  q('invitationWorkspace', 'CREATE INDEX invitation_workspace IF NOT EXISTS FOR (i:Invitation) ON (i.workspaceId)'),
  q('auditId', 'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE'),
  q('auditWorkspace', 'CREATE INDEX audit_workspace IF NOT EXISTS FOR (e:AuditEvent) ON (e.workspaceId)'),
  q('apiTokenWorkspace', 'CREATE INDEX api_token_workspace IF NOT EXISTS FOR (t:ApiToken) ON (t.workspaceId)'),
  q('workspaceDeleted', 'CREATE INDEX workspace_deleted IF NOT EXISTS FOR (w:Workspace) ON (w.deletedAt)'),
  q('auditWorkspaceAt', 'CREATE INDEX audit_workspace_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.workspaceId, e.at)'),
  // Workspaces are public or members-only (WORKSPACE); a RESTRICTED workspace means members-only.
  q('workspaceMembersOnly', "MATCH (w:Workspace {visibility: 'RESTRICTED'}) SET w.visibility = 'WORKSPACE'"),
  // Rate-limit counters shared by every API process (see guards/rate-limiter.ts).
  q('rateCountId', 'CREATE CONSTRAINT rate_count_id IF NOT EXISTS FOR (c:RateCount) REQUIRE c.id IS UNIQUE'),
  q('rateCountExpires', 'CREATE INDEX rate_count_expires IF NOT EXISTS FOR (c:RateCount) ON (c.expiresAt)'),
] as const;

/**
 * Aliases carry a language (docs/adr/0031): actors written before get one untagged entry per alias,
 * and no identifiers, `$batch` actors per transaction (one statement over a large map ran out of
 * Neo4j's transaction memory and stopped the API at start-up). Neither moves a version: the
 * actor's content is unchanged.
 */
export const ACTOR_ALIAS_LANGUAGES_BACKFILL = defineQuery<{ batch: number }, { updated: number }>(
  'schema.actorAliasLanguagesBackfill',
  `MATCH (a:Actor) WHERE a.aliasLanguages IS NULL
   WITH a LIMIT $batch
   SET a.aliasLanguages = [alias IN coalesce(a.aliases, []) | ''], a.identifiers = coalesce(a.identifiers, [])
   RETURN count(a) AS updated`,
);

/**
 * The backfills that record that they ran to their end (a SchemaState node each), so that a start-up
 * need not look at every actor again: `actorSearch` (revision: ACTOR_SEARCH_REVISION) and
 * `aliasLanguages` (revision: ALIAS_LANGUAGES_REVISION).
 */
export type SchemaStateId = 'actorSearch' | 'aliasLanguages';

/** Actors are known to have alias languages (ACTOR_ALIAS_LANGUAGES_BACKFILL ran to its end) at this revision. */
export const ALIAS_LANGUAGES_REVISION = 1;

/** The revision a backfill last ran to its end for (0: never). */
export const SCHEMA_STATE_DONE = defineQuery<{ id: SchemaStateId }, { revision: number }>(
  'schema.stateDone',
  'OPTIONAL MATCH (s:SchemaState {id: $id}) RETURN coalesce(s.revision, 0) AS revision',
);

/** Records that a backfill ran to its end for `revision` (see SCHEMA_STATE_DONE). */
export const SCHEMA_STATE_MARK_DONE = defineQuery<{ id: SchemaStateId; revision: number }, never>(
  'schema.stateMarkDone',
  'MERGE (s:SchemaState {id: $id}) SET s.revision = $revision',
);

/**
 * Actors whose search helpers (see actorProps) are older than `revision`, a batch at a time: the
 * helpers are computed in TypeScript (folding), so migrations read the nodes and write them back.
 */
export const ACTOR_SEARCH_STALE = defineQuery<
  { revision: number; batch: number },
  { id: string; version: number; name: string; aliases: string[] | null; country: string | null }
>(
  'schema.actorSearchStale',
  `MATCH (a:Actor) WHERE a.searchRev IS NULL OR a.searchRev < $revision
   RETURN a.id AS id, a.version AS version, a.name AS name, a.aliases AS aliases, a.country AS country
   LIMIT $batch`,
);

/** Writes search helpers to actors still at the version they were computed from. */
export const ACTOR_SEARCH_BACKFILL = defineQuery<
  { rows: Array<{ id: string; version: number; props: Record<string, unknown> }> },
  { updated: number }
>(
  'schema.actorSearchBackfill',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id}) WHERE a.version = row.version
   SET a += row.props
   RETURN count(a) AS updated`,
);

/** Themes written before they carried search helpers (withThemeSearchProps); few, so scanned. */
export const THEME_SEARCH_STALE = defineQuery<{ batch: number }, { ws: string; id: string; label: string }>(
  'schema.themeSearchStale',
  `MATCH (t:Theme) WHERE t.searchWords IS NULL
   RETURN t.workspaceId AS ws, t.id AS id, t.label AS label LIMIT $batch`,
);

/** Writes search helpers to themes (see THEME_SEARCH_STALE). */
export const THEME_SEARCH_BACKFILL = defineQuery<
  { rows: Array<{ ws: string; id: string; searchWords: string[]; searchTerm: string }> },
  { updated: number }
>(
  'schema.themeSearchBackfill',
  `UNWIND $rows AS row
   MATCH (t:Theme {workspaceId: row.ws, id: row.id})
   SET t.searchWords = row.searchWords, t.searchTerm = row.searchTerm
   RETURN count(t) AS updated`,
);

export const SCHEMA_AWAIT_INDEXES = defineQuery<Record<string, never>, never>(
  'schema.awaitIndexes',
  'CALL db.awaitIndexes(300)',
);

export interface SchemaObjectRow {
  name: string;
  type: string;
}

export const SCHEMA_LIST = defineQuery<Record<string, never>, SchemaObjectRow>(
  'schema.list',
  'SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name',
);
