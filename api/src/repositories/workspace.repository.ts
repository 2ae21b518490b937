import {
  WORKSPACE_ACTOR_COUNTS,
  WORKSPACE_CREATE,
  WORKSPACE_DELETE,
  WORKSPACE_FIND,
  WORKSPACE_LIST,
  WORKSPACE_PURGE_BATCH,
  WORKSPACE_RELATION_COUNTS,
  WORKSPACE_THEMES,
  WORKSPACE_LOCK,
  WORKSPACE_PATCH,
  WORKSPACE_UPSERT_THEMES,
  WORKSPACES_DELETED,
  WORKSPACES_TO_PURGE,
} from '../db/queries/workspace.queries';
import { withThemeSearchProps } from '../domain/actor-search';
import type { Database, Tx } from '../db/run-query';
import { viewerIn, type Viewer } from '../auth/viewer';
import { InputChecker } from '../domain/validation';
import { BUILT_IN_THEMES, type ThemeDefinition, type Visibility } from '../domain/vocabulary';
import { checkTheme, type WorkspaceRecord } from '../domain/workspace';
import { NotFoundError } from '../errors';

export interface WorkspaceSummary extends WorkspaceRecord {
  actorCount: number;
  relationCount: number;
}

/** Ids of the workspaces the viewer belongs to (members-only ones among them are visible to it). */
function memberOf(viewer: Viewer): string[] {
  return [...viewer.roles.keys()];
}

export async function listWorkspaces(db: Database, viewer: Viewer): Promise<WorkspaceRecord[]> {
  const rows = await db.read(WORKSPACE_LIST, { visibilities: [...viewer.visibilities], memberOf: memberOf(viewer) });
  return rows.map((row) => row.workspace);
}

/** A workspace by id or slug, or null when it does not exist or the viewer may not see it. */
export async function findWorkspace(db: Database, viewer: Viewer, key: string): Promise<WorkspaceRecord | null> {
  const [row] = await db.read(WORKSPACE_FIND, {
    key,
    visibilities: [...viewer.visibilities],
    memberOf: memberOf(viewer),
    includeDeleted: false,
  });
  return row?.workspace ?? null;
}

/** Live actors, or relations, the viewer may see in each workspace, in the order of `ids`. */
export async function workspaceCounts(
  db: Database,
  viewer: Viewer,
  what: 'actors' | 'relations',
  ids: readonly string[],
): Promise<number[]> {
  const query = what === 'actors' ? WORKSPACE_ACTOR_COUNTS : WORKSPACE_RELATION_COUNTS;
  // Each workspace is counted with the viewer's visibilities there: one statement per class.
  const byClass = new Map<string, { visibilities: Visibility[]; reader: string | null; ids: string[] }>();
  for (const id of new Set(ids)) {
    const scoped = viewerIn(viewer, id);
    const visibilities = [...scoped.visibilities];
    const key = `${visibilities.join()}|${scoped.readerId}`;
    const group = byClass.get(key) ?? { visibilities, reader: scoped.readerId, ids: [] };
    group.ids.push(id);
    byClass.set(key, group);
  }
  const rows = (await Promise.all([...byClass.values()].map((group) => db.read(query, group)))).flat();
  const byId = new Map(rows.map((row) => [row.id, row.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** A workspace with its counts (for scripts and benchmarks; the API counts only when asked). */
export async function findWorkspaceSummary(
  db: Database,
  viewer: Viewer,
  key: string,
): Promise<WorkspaceSummary | null> {
  const workspace = await findWorkspace(db, viewer, key);
  if (!workspace) return null;
  const [[actorCount], [relationCount]] = await Promise.all([
    workspaceCounts(db, viewer, 'actors', [workspace.id]),
    workspaceCounts(db, viewer, 'relations', [workspace.id]),
  ]);
  return { ...workspace, actorCount: actorCount!, relationCount: relationCount! };
}

/** Same as findWorkspace inside a transaction, failing with NOT_FOUND. */
export async function requireWorkspace(
  tx: Tx,
  viewer: Viewer,
  key: string,
  field = 'workspace',
): Promise<WorkspaceRecord> {
  const [row] = await tx.run(WORKSPACE_FIND, {
    key,
    visibilities: [...viewer.visibilities],
    memberOf: memberOf(viewer),
    includeDeleted: false,
  });
  if (!row) throw new NotFoundError('Workspace', key).withField(field);
  return row.workspace;
}

/** Built-in themes followed by the workspace's own. */
export async function workspaceThemes(runner: Pick<Tx, 'run'>, workspaceId: string): Promise<ThemeDefinition[]> {
  const rows = await runner.run(WORKSPACE_THEMES, { ws: workspaceId });
  const own = rows
    .map((row) => row.theme)
    .filter((theme) => !BUILT_IN_THEMES.some((builtIn) => builtIn.id === theme.id));
  return [...BUILT_IN_THEMES, ...own];
}

export async function knownThemeIds(tx: Tx, workspaceId: string): Promise<Set<string>> {
  return new Set((await workspaceThemes(tx, workspaceId)).map((theme) => theme.id));
}

/** Whether a workspace (live or deleted) already has this slug. */
export async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  const rows = await tx.run(WORKSPACE_FIND, {
    key: slug,
    visibilities: ['PUBLIC', 'WORKSPACE', 'RESTRICTED'],
    memberOf: [],
    includeDeleted: true,
  });
  return rows.length > 0;
}

function toWorkspaceRecord(node: WorkspaceRecord): WorkspaceRecord {
  return { ...node, deletedAt: node.deletedAt ?? null, version: node.version ?? 1 };
}

/** Writes a new workspace node. */
export async function insertWorkspace(tx: Tx, record: WorkspaceRecord): Promise<WorkspaceRecord> {
  const [row] = await tx.run(WORKSPACE_CREATE, { props: record });
  return toWorkspaceRecord(row!.workspace);
}

/** Locks and reads a workspace (deleted ones included), or null. */
export async function lockWorkspace(tx: Tx, id: string): Promise<WorkspaceRecord | null> {
  const [row] = await tx.run(WORKSPACE_LOCK, { id });
  return row ? toWorkspaceRecord(row.workspace) : null;
}

/** Writes `patch` over a workspace still at `version`; null when it moved. */
export async function updateWorkspaceRow(
  tx: Tx,
  id: string,
  version: number,
  patch: Record<string, unknown>,
): Promise<WorkspaceRecord | null> {
  const [row] = await tx.run(WORKSPACE_PATCH, { id, expectedVersion: version, patch });
  return row ? toWorkspaceRecord(row.workspace) : null;
}

export async function upsertWorkspaceThemes(tx: Tx, ws: string, themes: ThemeDefinition[]): Promise<void> {
  await tx.run(WORKSPACE_UPSERT_THEMES, { ws, themes: themes.map(withThemeSearchProps) });
}

/** Adds or relabels themes of a workspace (ids are kept). */
export async function addThemes(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  themes: ThemeDefinition[],
): Promise<ThemeDefinition[]> {
  const check = new InputChecker();
  check.list(['themes'], themes, 200, (path, theme) => checkTheme(check, theme, path));
  check.throwIfAny();
  return db.writeTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    await tx.run(WORKSPACE_UPSERT_THEMES, { ws: workspace.id, themes: themes.map(withThemeSearchProps) });
    return workspaceThemes(tx, workspace.id);
  });
}

export async function deletedWorkspaces(db: Database, userId: string, admin: boolean): Promise<WorkspaceRecord[]> {
  return (await db.read(WORKSPACES_DELETED, { userId, admin })).map((row) => row.workspace);
}

export async function workspacesToPurge(db: Database, cutoff: string): Promise<string[]> {
  return (await db.read(WORKSPACES_TO_PURGE, { cutoff })).map((row) => row.id);
}

/** Deletes a workspace and everything in it for good, in batches. */
export async function purgeWorkspace(db: Database, workspaceId: string, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(WORKSPACE_PURGE_BATCH, { ws: workspaceId, batch });
    total += row?.deleted ?? 0;
    if (!row || row.deleted === 0) break;
  }
  const [row] = await db.write(WORKSPACE_DELETE, { ws: workspaceId });
  return total + (row?.deleted ?? 0);
}
