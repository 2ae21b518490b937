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
  WORKSPACE_UPSERT_THEMES,
} from '../db/queries/workspace.queries';
import type { Database, Tx } from '../db/run-query';
import type { Viewer } from '../auth/viewer';
import { InputChecker } from '../domain/validation';
import { BUILT_IN_THEMES, type ThemeDefinition } from '../domain/vocabulary';
import { checkTheme, checkWorkspaceFields, type WorkspaceFields, type WorkspaceRecord } from '../domain/workspace';
import { ConflictError, NotFoundError } from '../errors';

export interface WorkspaceSummary extends WorkspaceRecord {
  actorCount: number;
  relationCount: number;
}

export async function listWorkspaces(db: Database, viewer: Viewer): Promise<WorkspaceRecord[]> {
  const rows = await db.read(WORKSPACE_LIST, { visibilities: [...viewer.visibilities] });
  return rows.map((row) => row.workspace);
}

/** A workspace by id or slug, or null when it does not exist or the viewer may not see it. */
export async function findWorkspace(db: Database, viewer: Viewer, key: string): Promise<WorkspaceRecord | null> {
  const [row] = await db.read(WORKSPACE_FIND, { key, visibilities: [...viewer.visibilities] });
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
  const rows = await db.read(query, { ids: [...new Set(ids)], visibilities: [...viewer.visibilities] });
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
  const [row] = await tx.run(WORKSPACE_FIND, { key, visibilities: [...viewer.visibilities] });
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

export async function createWorkspace(db: Database, fields: WorkspaceFields): Promise<WorkspaceRecord> {
  const check = new InputChecker();
  checkWorkspaceFields(check, fields, ['input']);
  check.throwIfAny();
  const now = new Date().toISOString();
  return db.writeTransaction(async (tx) => {
    const [existing] = await tx.run(WORKSPACE_FIND, {
      key: fields.slug!,
      visibilities: ['PUBLIC', 'WORKSPACE', 'RESTRICTED'],
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
