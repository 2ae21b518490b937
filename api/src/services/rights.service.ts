import { assertCanEdit, assertRole, assertSignedIn, viewerIn, type Role, type Viewer, maySee } from '../auth/viewer';
import type { Database } from '../db/run-query';
import type { WorkspaceRecord } from '../domain/workspace';
import { NotFoundError } from '../errors';
import { members } from '../repositories/account.repository';
import { entityOwner } from '../repositories/change.repository';
import { InputChecker } from '../domain/validation';
import { findWorkspace } from '../repositories/workspace.repository';

/**
 * Where every right is decided. A request's viewer is turned into the viewer *in* the workspace a
 * call is about (its role there); what the viewer may not know exists is NOT_FOUND, what it may
 * see but not do is FORBIDDEN (UNAUTHENTICATED when signing in could help).
 */
export interface Scoped {
  viewer: Viewer;
  workspace: WorkspaceRecord;
}

/** The viewer in a workspace named by id or slug; NOT_FOUND (on `field`) when it may not see it. */
export async function inWorkspace(db: Database, viewer: Viewer, key: string, field = 'workspace'): Promise<Scoped> {
  const workspace = await findWorkspace(db, viewer, key);
  if (!workspace) throw new NotFoundError('Workspace', key, field);
  return { viewer: viewerIn(viewer, workspace.id), workspace };
}

/** As inWorkspace, and the viewer must be at least `role` there. */
export async function withRole(
  db: Database,
  viewer: Viewer,
  key: string,
  role: Role,
  what: string,
  field = 'workspace',
): Promise<Scoped> {
  assertSignedIn(viewer);
  const scoped = await inWorkspace(db, viewer, key, field);
  if (role === 'EDITOR') assertCanEdit(scoped.viewer);
  else assertRole(scoped.viewer, role, what);
  return scoped;
}

/** An editor in the workspace named by `key`. */
export function asEditorIn(db: Database, viewer: Viewer, key: string, field = 'workspace'): Promise<Scoped> {
  return withRole(db, viewer, key, 'EDITOR', 'change this workspace', field);
}

/**
 * The viewer in the workspace of an actor, relation or source, when it may see that record (and
 * what it reveals); NOT_FOUND otherwise, whether or not the record exists.
 */
export async function forEntity(
  db: Database,
  viewer: Viewer,
  entity: string,
  id: string,
  field = 'id',
): Promise<Viewer> {
  const owner = await entityOwner(db, id);
  const scoped = owner ? viewerIn(viewer, owner.workspaceId) : null;
  const workspaceVisible =
    owner !== null &&
    scoped !== null &&
    !owner.workspaceDeleted &&
    (owner.workspaceVisibility === 'PUBLIC' || scoped.role !== null);
  if (!owner || !scoped || !workspaceVisible || !maySee(scoped, owner.workspaceId, ...owner.elements)) {
    throw new NotFoundError(entity, id, field);
  }
  return scoped;
}

/** Named readers must be members of the workspace (anyone else could not see the workspace's records). */
export async function assertMembers(
  db: Database,
  workspaceId: string,
  userIds: readonly string[] | null | undefined,
  field: readonly string[],
): Promise<void> {
  if (!userIds?.length) return;
  const memberIds = new Set((await members(db, workspaceId)).map((member) => member.userId));
  const check = new InputChecker();
  userIds.forEach((id, index) => {
    if (!memberIds.has(id)) check.add([...field, index], `${id} is not a member of this workspace`);
  });
  check.throwIfAny();
}

/** As assertMembers, in the workspace of record (or subject) `recordId`. */
export async function assertMembersAround(
  db: Database,
  recordId: string,
  userIds: readonly string[] | null | undefined,
  field: readonly string[],
): Promise<void> {
  if (!userIds?.length) return;
  const owner = await entityOwner(db, recordId);
  if (owner) await assertMembers(db, owner.workspaceId, userIds, field);
}

/** An editor of the record's workspace who may see the record. */
export async function asEditorOf(
  db: Database,
  viewer: Viewer,
  entity: string,
  id: string,
  field = 'id',
): Promise<Viewer> {
  assertSignedIn(viewer);
  const scoped = await forEntity(db, viewer, entity, id, field);
  assertCanEdit(scoped);
  return scoped;
}
