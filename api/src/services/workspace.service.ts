import { randomUUID } from 'node:crypto';
import { newSecret, secretHash } from '../auth/secrets';
import { assertSignedIn, roleAtLeast, SYSTEM, type Role, type Viewer } from '../auth/viewer';
import type { ApiTokenNode, InvitationNode } from '../db/queries/account.queries';
import type { Database, Tx } from '../db/run-query';
import { InputChecker } from '../domain/validation';
import type { ThemeDefinition, Visibility } from '../domain/vocabulary';
import { checkWorkspaceFields, type WorkspaceFields, type WorkspaceRecord } from '../domain/workspace';
import { ClientError, ConflictError, NotFoundError } from '../errors';
import {
  acceptInvitation as markAccepted,
  countOwners,
  insertInvitation,
  insertToken,
  invitationByToken,
  invitations,
  members,
  removeMember as deleteMembership,
  revokeInvitation as markRevoked,
  revokeToken,
  setMember,
  tokenById,
  tokensOfUser,
  userById,
} from '../repositories/account.repository';
import {
  addThemes,
  deletedWorkspaces,
  insertWorkspace,
  lockWorkspace,
  slugTaken,
  updateWorkspaceRow,
  upsertWorkspaceThemes,
  findWorkspace,
  purgeWorkspace,
  workspacesToPurge,
} from '../repositories/workspace.repository';
import { emailKey } from './account.service';
import { API_TOKEN_PREFIX } from './access.service';
import { audit, workspaceAuditLog, type AuditEventView } from './audit.service';
import { asEditorIn, inWorkspace, withRole } from './rights.service';
import {
  assertVersion,
  createVersioned,
  patchVersioned,
  setDeletedVersioned,
  type VersionedKind,
} from './versioned-write';

/** Workspaces in the write cycle: their settings and deletion are versioned and in the change log. */
export const WORKSPACES: VersionedKind<WorkspaceRecord> = {
  kind: 'WORKSPACE',
  label: 'Workspace',
  editable: ['title', 'description', 'visibility'],
  insert: insertWorkspace,
  update: updateWorkspaceRow,
  workspaceOf: (workspace) => workspace.id,
};

const INVITATION_DAYS = 14;

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: Role;
  since: string | null;
}

/** Workspaces are public or members-only: RESTRICTED is for records, not for workspaces. */
function checkWorkspaceVisibility(
  check: InputChecker,
  visibility: Visibility | null | undefined,
  field: string[],
): void {
  if (visibility === 'RESTRICTED') {
    check.add(
      field,
      'a workspace is PUBLIC or WORKSPACE (members only); RESTRICTED is for actors, relations and sources',
    );
  }
}

function requireUser(viewer: Viewer, what: string): void {
  assertSignedIn(viewer);
  if (viewer.kind !== 'user') throw new ClientError('FORBIDDEN', `An API token cannot ${what}; sign in instead`);
}

/**
 * Workspaces, their members, invitations and API tokens: every right is checked here, every change
 * is audited.
 */
export class WorkspaceService {
  constructor(
    private readonly db: Database,
    private readonly purgeAfterDays: number,
  ) {}

  /** Creates a workspace; a signed-in creator becomes its owner. */
  async create(viewer: Viewer, fields: WorkspaceFields): Promise<WorkspaceRecord> {
    if (viewer.kind !== 'system') requireUser(viewer, 'create a workspace');
    const check = new InputChecker();
    checkWorkspaceFields(check, fields, ['input']);
    checkWorkspaceVisibility(check, fields.visibility, ['input', 'visibility']);
    check.throwIfAny();
    // Its creation, settings and deletion are in the change log (shown with the audit log).
    return this.db.writeTransaction(async (tx) => {
      if (await slugTaken(tx, fields.slug!)) {
        throw new ConflictError(`A workspace with slug "${fields.slug}" already exists`, { field: 'input.slug' });
      }
      const now = new Date().toISOString();
      const created = await createVersioned(tx, viewer, WORKSPACES, {
        id: randomUUID(),
        slug: fields.slug!,
        title: fields.title!.trim(),
        description: fields.description ?? null,
        visibility: fields.visibility ?? 'PUBLIC',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        version: 1,
      });
      if (fields.themes?.length) await upsertWorkspaceThemes(tx, created.id, fields.themes);
      if (viewer.kind === 'user') await setMember(tx, created.id, viewer.id, 'OWNER', now);
      return created;
    });
  }

  /**
   * Renames or re-describes a workspace, or makes it public or members-only (owners), through the
   * write cycle: CONFLICT if `expectedVersion` is given and the settings changed since.
   */
  async update(
    viewer: Viewer,
    key: string,
    patch: { title?: string | null; description?: string | null; visibility?: Visibility | null },
    expectedVersion?: number | null,
  ): Promise<WorkspaceRecord> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'change its settings');
    const check = new InputChecker();
    if (patch.title !== undefined && patch.title !== null)
      check.text(['input', 'title'], patch.title, { min: 1, max: 200 });
    if (patch.title === null) check.add(['input', 'title'], 'may not be null');
    check.text(['input', 'description'], patch.description, { max: 5000 });
    checkWorkspaceVisibility(check, patch.visibility, ['input', 'visibility']);
    check.throwIfAny();
    return this.db.writeTransaction(async (tx) => {
      const current = await this.locked(tx, workspace.id);
      assertVersion('Workspace', current, expectedVersion);
      return patchVersioned(
        tx,
        viewer,
        WORKSPACES,
        current,
        {
          title: patch.title?.trim() ?? current.title,
          description: patch.description === undefined ? current.description : patch.description,
          visibility: patch.visibility ?? current.visibility,
        },
        { action: 'UPDATE' },
      );
    });
  }

  async addThemes(viewer: Viewer, key: string, themes: ThemeDefinition[]): Promise<ThemeDefinition[]> {
    const scoped = await asEditorIn(this.db, viewer, key);
    return addThemes(this.db, scoped.viewer, scoped.workspace.id, themes);
  }

  /**
   * Deletes a workspace softly (owners): it disappears for everyone at once and is purged for good
   * after the grace period, until when an owner may restore it.
   */
  async delete(viewer: Viewer, key: string, expectedVersion?: number | null): Promise<WorkspaceRecord> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'delete it');
    return this.db.writeTransaction(async (tx) =>
      setDeletedVersioned(tx, viewer, WORKSPACES, await this.locked(tx, workspace.id), true, { expectedVersion }),
    );
  }

  async restore(viewer: Viewer, id: string): Promise<WorkspaceRecord> {
    requireUser(viewer, 'restore a workspace');
    const mine = await deletedWorkspaces(this.db, viewer.id, viewer.admin);
    const workspace = mine.find((candidate) => candidate.id === id || candidate.slug === id);
    if (!workspace) throw new NotFoundError('Deleted workspace', id, 'id');
    return this.db.writeTransaction(async (tx) =>
      setDeletedVersioned(tx, viewer, WORKSPACES, await this.locked(tx, workspace.id), false),
    );
  }

  private async locked(tx: Tx, id: string): Promise<WorkspaceRecord> {
    const current = await lockWorkspace(tx, id);
    if (!current) throw new NotFoundError('Workspace', id, 'workspace');
    return current;
  }

  /** Deleted workspaces the viewer owns, with when they will be purged. */
  async deleted(viewer: Viewer): Promise<Array<WorkspaceRecord & { deletedAt: string; purgeAt: string }>> {
    if (viewer.kind !== 'user') return [];
    const mine = await deletedWorkspaces(this.db, viewer.id, viewer.admin);
    return mine.map((workspace) => ({
      ...workspace,
      deletedAt: workspace.deletedAt!,
      purgeAt: this.purgeAt(workspace.deletedAt!),
    }));
  }

  /** Purges the workspaces whose grace period is over; returns how many. */
  async purgeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.purgeAfterDays * 86_400_000).toISOString();
    const ids = await workspacesToPurge(this.db, cutoff);
    for (const id of ids) await purgeWorkspace(this.db, id);
    return ids.length;
  }

  async members(viewer: Viewer, key: string): Promise<MemberView[]> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'see its members');
    return members(this.db, workspace.id);
  }

  async invitations(viewer: Viewer, key: string): Promise<InvitationNode[]> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'see its invitations');
    return invitations(this.db, workspace.id);
  }

  /**
   * Invites an address to a workspace with a role (owners). No mail is sent: the answer carries
   * the secret of the invitation link, shown once, for the owner to pass on.
   */
  async invite(
    viewer: Viewer,
    key: string,
    email: string,
    role: Role,
  ): Promise<{ invitation: InvitationNode; secret: string }> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'invite members');
    const check = new InputChecker();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) || email.length > 254)
      check.add(['email'], 'must be an e-mail address');
    check.throwIfAny();
    const secret = newSecret('tmi_');
    const now = new Date();
    const invitation = await insertInvitation(this.db, {
      id: randomUUID(),
      workspaceId: workspace.id,
      email: email.trim(),
      emailKey: emailKey(email),
      role,
      tokenHash: secretHash(secret),
      createdAt: now.toISOString(),
      createdBy: viewer.id,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    });
    await audit(this.db, [
      {
        workspaceId: workspace.id,
        action: 'INVITATION_CREATED',
        actorId: viewer.id,
        subjectId: invitation.id,
        detail: { email: invitation.email, role },
      },
    ]);
    return { invitation, secret };
  }

  /** Accepts an invitation as the signed-in user it was made for (same address). */
  /** A live invitation by its secret (not accepted, revoked or expired), or NOT_FOUND. */
  async liveInvitation(secret: string): Promise<InvitationNode> {
    const invitation = await invitationByToken(this.db, secretHash(secret ?? ''));
    if (
      !invitation ||
      invitation.revokedAt ||
      invitation.acceptedAt ||
      invitation.expiresAt < new Date().toISOString()
    ) {
      throw new ClientError('NOT_FOUND', 'This invitation is not valid: unknown, already used, withdrawn or expired', {
        entity: 'Invitation',
        field: 'token',
      });
    }
    return invitation;
  }

  /** What an invitation link offers (for its holder, before signing in), or null when it is not live. */
  async invitationPreview(
    secret: string,
  ): Promise<{ workspaceTitle: string; email: string; role: Role; expiresAt: string } | null> {
    const invitation = await this.liveInvitation(secret).catch(() => null);
    if (!invitation) return null;
    const workspace = await findWorkspace(this.db, SYSTEM, invitation.workspaceId);
    if (!workspace) return null;
    return {
      workspaceTitle: workspace.title,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  async acceptInvitation(viewer: Viewer, secret: string): Promise<WorkspaceRecord> {
    requireUser(viewer, 'accept an invitation');
    const invalid = () => new NotFoundError('Invitation', 'given', 'token');
    const invitation = await this.liveInvitation(secret);
    const user = await userById(this.db, viewer.id);
    if (!user || user.emailKey !== invitation.emailKey) {
      throw new ClientError('FORBIDDEN', 'This invitation is for another e-mail address; sign in with that one');
    }
    const now = new Date().toISOString();
    await this.db.writeTransaction(async (tx) => {
      if (!(await markAccepted(tx, invitation.id, viewer.id, now))) throw invalid();
      const previous = await setMember(tx, invitation.workspaceId, viewer.id, invitation.role, now);
      // Accepting never lowers a role the user already has.
      if (previous && roleAtLeast(previous, invitation.role))
        await setMember(tx, invitation.workspaceId, viewer.id, previous, now);
    });
    await audit(this.db, [
      {
        workspaceId: invitation.workspaceId,
        action: 'INVITATION_ACCEPTED',
        actorId: viewer.id,
        subjectId: invitation.id,
      },
    ]);
    const withRoleNow = { ...viewer, roles: new Map([[invitation.workspaceId, invitation.role]]) };
    return (await inWorkspace(this.db, withRoleNow, invitation.workspaceId)).workspace;
  }

  async revokeInvitation(viewer: Viewer, key: string, id: string): Promise<boolean> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'revoke invitations');
    const revoked = await markRevoked(this.db, id, workspace.id, new Date().toISOString());
    if (!revoked) throw new NotFoundError('Invitation', id, 'id');
    await audit(this.db, [
      { workspaceId: workspace.id, action: 'INVITATION_REVOKED', actorId: viewer.id, subjectId: id },
    ]);
    return true;
  }

  /** Changes a member's role (owners); a workspace always keeps one owner. */
  async setRole(viewer: Viewer, key: string, userId: string, role: Role): Promise<MemberView> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'change roles');
    const current = (await members(this.db, workspace.id)).find((member) => member.userId === userId);
    if (!current) throw new NotFoundError('Member', userId, 'userId');
    await this.db.writeTransaction(async (tx) => {
      await setMember(tx, workspace.id, userId, role, new Date().toISOString());
      if ((await countOwners(tx, workspace.id)) === 0) {
        throw new ConflictError('A workspace needs an owner: make someone else owner first', { field: 'role' });
      }
    });
    await audit(this.db, [
      {
        workspaceId: workspace.id,
        action: 'ROLE_CHANGED',
        actorId: viewer.id,
        subjectId: userId,
        detail: { from: current.role, to: role },
      },
    ]);
    return { ...current, role };
  }

  /** Removes a member (owners, or members leaving); effective on their next request. */
  async removeMember(viewer: Viewer, key: string, userId: string): Promise<boolean> {
    const leaving = viewer.kind === 'user' && viewer.id === userId;
    const { workspace } = leaving
      ? await inWorkspace(this.db, viewer, key)
      : await withRole(this.db, viewer, key, 'OWNER', 'remove members');
    await this.db.writeTransaction(async (tx) => {
      if (!(await deleteMembership(tx, workspace.id, userId))) throw new NotFoundError('Member', userId, 'userId');
      if ((await countOwners(tx, workspace.id)) === 0) {
        throw new ConflictError('A workspace needs an owner: make someone else owner first', { field: 'userId' });
      }
    });
    await audit(this.db, [
      { workspaceId: workspace.id, action: 'MEMBER_REMOVED', actorId: viewer.id, subjectId: userId },
    ]);
    return true;
  }

  /**
   * A personal API token for scripts, scoped to one workspace and a role no stronger than the
   * user's there. The secret is returned once and stored only as a hash.
   */
  async createToken(
    viewer: Viewer,
    key: string,
    name: string,
    role: Role,
    expiresInDays: number | null,
  ): Promise<{ token: ApiTokenNode; secret: string }> {
    requireUser(viewer, 'create API tokens');
    const { viewer: scoped, workspace } = await inWorkspace(this.db, viewer, key);
    if (!roleAtLeast(scoped.role, role)) {
      throw new ClientError(
        'FORBIDDEN',
        `You are not ${role.toLowerCase()} of this workspace, so your tokens cannot be either`,
      );
    }
    const check = new InputChecker();
    check.text(['name'], name, { min: 1, max: 120 });
    check.range(['expiresInDays'], expiresInDays, 1, 3650, { integer: true });
    check.throwIfAny();
    const secret = newSecret(API_TOKEN_PREFIX);
    const now = new Date();
    const token = await insertToken(this.db, {
      id: randomUUID(),
      userId: viewer.id,
      workspaceId: workspace.id,
      role,
      name: name.trim(),
      tokenHash: secretHash(secret),
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      createdAt: now.toISOString(),
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000).toISOString() : null,
      lastUsedAt: null,
      revokedAt: null,
    });
    await audit(this.db, [
      {
        workspaceId: workspace.id,
        action: 'TOKEN_CREATED',
        actorId: viewer.id,
        subjectId: token.id,
        detail: { role, name },
      },
    ]);
    return { token, secret };
  }

  async tokens(viewer: Viewer): Promise<ApiTokenNode[]> {
    if (viewer.kind !== 'user') return [];
    return tokensOfUser(this.db, viewer.id);
  }

  /** Revokes a token: its owner, or an owner of its workspace. */
  async revokeToken(viewer: Viewer, id: string): Promise<ApiTokenNode> {
    requireUser(viewer, 'revoke API tokens');
    const token = await tokenById(this.db, id);
    if (!token) throw new NotFoundError('API token', id, 'id');
    if (token.userId !== viewer.id) {
      const scoped = await inWorkspace(this.db, viewer, token.workspaceId).catch(() => null);
      if (!scoped || !(scoped.viewer.admin || scoped.viewer.role === 'OWNER'))
        throw new NotFoundError('API token', id, 'id');
    }
    const revoked = (await revokeToken(this.db, id, new Date().toISOString()))!;
    await audit(this.db, [
      { workspaceId: token.workspaceId, action: 'TOKEN_REVOKED', actorId: viewer.id, subjectId: id },
    ]);
    return revoked;
  }

  /** The workspace's audit log (owners): who did what and when, newest first. */
  async auditLog(
    viewer: Viewer,
    key: string,
    first: number,
    before: { at: string; id: string } | null,
  ): Promise<AuditEventView[]> {
    const { workspace } = await withRole(this.db, viewer, key, 'OWNER', 'read its audit log');
    const check = new InputChecker();
    check.range(['first'], first, 1, 500, { integer: true });
    check.throwIfAny();
    return workspaceAuditLog(this.db, workspace.id, before, first);
  }

  private purgeAt(deletedAt: string): string {
    return new Date(Date.parse(deletedAt) + this.purgeAfterDays * 86_400_000).toISOString();
  }
}
