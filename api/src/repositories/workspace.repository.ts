import { randomUUID } from 'node:crypto';
import {
  WORKSPACE_ACTOR_COUNTS,
  WORKSPACE_CREATE,
  WORKSPACE_DELETE,
  WORKSPACE_FIND,
  WORKSPACE_LIST,
  WORKSPACE_PURGE_BATCH,
  WORKSPACE_RELATION_COUNTS,
  WORKSPACE_THEMES,
  WORKSPACE_SET_DELETED,
  WORKSPACE_UPDATE,
  WORKSPACE_UPSERT_THEMES,
  WORKSPACES_DELETED,
  WORKSPACES_TO_PURGE,
} from '../db/queries/workspace.queries';
import type { Database, Tx } from '../db/run-query';
import { viewerIn, type Viewer } from '../auth/viewer';
import { InputChecker } from '../domain/validation';
import { BUILT_IN_THEMES, type ThemeDefinition, type Visibility } from '../domain/vocabulary';
import { checkTheme, checkWorkspaceFields, type WorkspaceFields, type WorkspaceRecord } from '../domain/workspace';
import { ConflictError, NotFoundError } from '../errors';

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

/** Creates a workspace; `then` runs in the same transaction (e.g. to make its creator owner). */
export async function createWorkspace(
  db: Database,
  fields: WorkspaceFields,
  then?: (tx: Tx, created: WorkspaceRecord) => Promise<void>,
): Promise<WorkspaceRecord> {
  const check = new InputChecker();
  checkWorkspaceFields(check, fields, ['input']);
  check.throwIfAny();
  const now = new Date().toISOString();
  return db.writeTransaction(async (tx) => {
    const [existing] = await tx.run(WORKSPACE_FIND, {
      key: fields.slug!,
      visibilities: ['PUBLIC', 'WORKSPACE', 'RESTRICTED'],
      memberOf: [],
      includeDeleted: true,
    });
    if (existing)
      throw new ConflictError(`A workspace with slug "${fields.slug}" already exists`, { field: 'input.slug' });
    const props: WorkspaceRecord = {
      id: randomUUID(),
      slug: fields.slug!,
      title: fields.title!.trim(),
      description: fields.description ?? null,
      visibility: fields.visibility ?? 'PUBLIC',
      createdAt: now,
      updatedAt: now,
    };
    const [row] = await tx.run(WORKSPACE_CREATE, { props });
    if (fields.themes?.length) await tx.run(WORKSPACE_UPSERT_THEMES, { ws: props.id, themes: fields.themes });
    if (then) await then(tx, row!.workspace);
    return row!.workspace;
  });
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
    await tx.run(WORKSPACE_UPSERT_THEMES, { ws: workspace.id, themes });
    return workspaceThemes(tx, workspace.id);
  });
}

export async function updateWorkspace(
  db: Database,
  id: string,
  patch: { title: string | null; description: string | null; clearDescription: boolean; visibility: Visibility | null },
): Promise<WorkspaceRecord> {
  const [row] = await db.write(WORKSPACE_UPDATE, { ws: id, ...patch, now: new Date().toISOString() });
  if (!row) throw new NotFoundError('Workspace', id, 'workspace');
  return row.workspace;
}

/** Marks a workspace deleted (a time) or live again (null). */
export async function setWorkspaceDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
): Promise<WorkspaceRecord> {
  const [row] = await db.write(WORKSPACE_SET_DELETED, { ws: id, deletedAt, now: new Date().toISOString() });
  if (!row) throw new NotFoundError('Workspace', id, 'workspace');
  return row.workspace;
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
