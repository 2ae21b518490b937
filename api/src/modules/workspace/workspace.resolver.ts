import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerIn, type Role } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { BUILT_IN_THEMES, type ThemeDefinition } from '../../domain/vocabulary';
import { findWorkspace, listWorkspaces, workspaceThemes } from '../../repositories/workspace.repository';
import { decodeCursor, encodeCursor } from '../../repositories/cursor';
import { ApiToken, CreatedApiToken, CreatedInvitation, Invitation, Member, RoleEnum } from '../account/account.type';
import { Theme } from '../vocabulary/vocabulary.type';
import { ThemeInput, WorkspaceInput, WorkspacePatch } from './workspace.input';
import { AuditPage, DeletedWorkspace, Workspace } from './workspace.type';

const BUILT_IN_IDS = new Set(BUILT_IN_THEMES.map((theme) => theme.id));
const withBuiltIn = (themes: ThemeDefinition[]): Theme[] =>
  themes.map((theme) => ({ ...theme, builtIn: BUILT_IN_IDS.has(theme.id) }));

@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => [Workspace], { description: 'Workspaces the viewer may see (public ones and its own), by title.' })
  workspaces(@Ctx() { db, viewer }: ApiContext): Promise<Workspace[]> {
    return listWorkspaces(db, viewer);
  }

  @Query(() => Workspace, { nullable: true, description: 'One workspace by slug (or id); null when absent or hidden.' })
  workspace(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('slug', () => String, { description: 'Slug or id.' }) slug: string,
  ): Promise<Workspace | null> {
    return findWorkspace(db, viewer, slug);
  }

  @Query(() => [DeletedWorkspace], { description: 'Your deleted workspaces that can still be restored.' })
  deletedWorkspaces(@Ctx() { workspaces, viewer }: ApiContext): Promise<DeletedWorkspace[]> {
    return workspaces.deleted(viewer);
  }

  @Mutation(() => Workspace, { description: 'Creates an empty workspace; you become its owner.' })
  createWorkspace(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('input', () => WorkspaceInput) input: WorkspaceInput,
  ): Promise<Workspace> {
    return workspaces.create(viewer, { ...input, themes: input.themes?.map((theme) => ({ ...theme })) });
  }

  @Mutation(() => Workspace, { description: 'Renames, re-describes or changes who may see a workspace (owners).' })
  updateWorkspace(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => WorkspacePatch) input: WorkspacePatch,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the settings changed since this version.',
    })
    expectedVersion?: number | null,
  ): Promise<Workspace> {
    return workspaces.update(viewer, workspace, { ...input }, expectedVersion);
  }

  @Mutation(() => Workspace, {
    description: 'Deletes a workspace (owners): hidden at once, purged after the grace period, restorable until then.',
  })
  deleteWorkspace(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the workspace changed since this version.',
    })
    expectedVersion?: number | null,
  ): Promise<Workspace> {
    return workspaces.delete(viewer, workspace, expectedVersion);
  }

  @Mutation(() => Workspace, { description: 'Restores a deleted workspace before it is purged (owners).' })
  restoreWorkspace(@Ctx() { workspaces, viewer }: ApiContext, @Arg('id', () => ID) id: string): Promise<Workspace> {
    return workspaces.restore(viewer, id);
  }

  @Mutation(() => [Theme], {
    description: 'Adds themes to a workspace or relabels existing ones (editors); returns the whole theme list.',
  })
  async addThemes(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => String, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('themes', () => [ThemeInput]) themes: ThemeInput[],
  ): Promise<Theme[]> {
    return withBuiltIn(
      await workspaces.addThemes(
        viewer,
        workspace,
        themes.map((theme) => ({ ...theme })),
      ),
    );
  }

  @Mutation(() => CreatedInvitation, {
    description: 'Invites an e-mail address with a role (owners). No mail is sent.',
  })
  async inviteMember(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID) workspace: string,
    @Arg('email', () => String) email: string,
    @Arg('role', () => RoleEnum) role: Role,
  ): Promise<CreatedInvitation> {
    const { invitation, secret } = await workspaces.invite(viewer, workspace, email, role);
    return { invitation, token: secret, acceptPath: `/?invitation=${secret}` };
  }

  @Mutation(() => Workspace, { description: 'Joins a workspace with an invitation made for your e-mail address.' })
  acceptInvitation(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('token', () => String) token: string,
  ): Promise<Workspace> {
    return workspaces.acceptInvitation(viewer, token);
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation not yet accepted (owners).' })
  revokeInvitation(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID) workspace: string,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return workspaces.revokeInvitation(viewer, workspace, id);
  }

  @Mutation(() => Member, { description: 'Changes a member’s role (owners); a workspace keeps at least one owner.' })
  setMemberRole(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID) workspace: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
  ): Promise<Member> {
    return workspaces.setRole(viewer, workspace, userId, role);
  }

  @Mutation(() => Boolean, {
    description: 'Removes a member (owners; anyone may leave). Effective on their next request.',
  })
  removeMember(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID) workspace: string,
    @Arg('userId', () => ID) userId: string,
  ): Promise<boolean> {
    return workspaces.removeMember(viewer, workspace, userId);
  }

  @Query(() => [ApiToken], { description: 'Your personal API tokens, newest first.' })
  apiTokens(@Ctx() { workspaces, viewer }: ApiContext): Promise<ApiToken[]> {
    return workspaces.tokens(viewer);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Makes a personal API token for one workspace and a role no stronger than yours there.',
  })
  createApiToken(
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('workspace', () => ID) workspace: string,
    @Arg('name', () => String) name: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Arg('expiresInDays', () => Int, { nullable: true, description: '1–3650; never, if not given.' })
    expiresInDays?: number | null,
  ): Promise<CreatedApiToken> {
    return workspaces.createToken(viewer, workspace, name, role, expiresInDays ?? null);
  }

  @Mutation(() => ApiToken, { description: 'Revokes an API token (yours, or any of a workspace you own).' })
  revokeApiToken(@Ctx() { workspaces, viewer }: ApiContext, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return workspaces.revokeToken(viewer, id);
  }

  @FieldResolver(() => RoleEnum, { nullable: true, description: 'Your role here (null if you are not a member).' })
  myRole(@Root() workspace: Workspace, @Ctx() { viewer }: ApiContext): Role | null {
    return viewerIn(viewer, workspace.id).role;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit actors, relations and sources here.' })
  canEdit(@Root() workspace: Workspace, @Ctx() { viewer }: ApiContext): boolean {
    return viewerIn(viewer, workspace.id).canEdit;
  }

  @FieldResolver(() => [Member], { description: 'Members and their roles (owners only).' })
  members(@Root() workspace: Workspace, @Ctx() { workspaces, viewer }: ApiContext): Promise<Member[]> {
    return workspaces.members(viewer, workspace.id);
  }

  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted (owners only).' })
  invitations(@Root() workspace: Workspace, @Ctx() { workspaces, viewer }: ApiContext): Promise<Invitation[]> {
    return workspaces.invitations(viewer, workspace.id);
  }

  @FieldResolver(() => AuditPage, { description: 'Who did what and when, newest first (owners only).' })
  async auditLog(
    @Root() workspace: Workspace,
    @Ctx() { workspaces, viewer }: ApiContext,
    @Arg('first', () => Int, { nullable: true, description: '1–500 (default 50).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditPage> {
    const size = first ?? 50;
    const cursor = after ? decodeCursor(after, 'after') : null;
    const events = await workspaces.auditLog(
      viewer,
      workspace.id,
      size + 1,
      cursor ? { at: String(cursor.key), id: cursor.id } : null,
    );
    const page = events.slice(0, size);
    const last = page.at(-1);
    return {
      events: page,
      hasNextPage: events.length > size,
      endCursor: last ? encodeCursor(last.at, last.id) : null,
    };
  }

  @FieldResolver(() => Int, { description: 'Live actors the viewer may see (counted only when asked for).' })
  actorCount(@Root() workspace: Workspace, @Ctx() { loaders }: ApiContext): Promise<number> {
    return loaders.workspaceActorCount.load(workspace.id);
  }

  @FieldResolver(() => Int, { description: 'Live relations the viewer may see (counted only when asked for).' })
  relationCount(@Root() workspace: Workspace, @Ctx() { loaders }: ApiContext): Promise<number> {
    return loaders.workspaceRelationCount.load(workspace.id);
  }

  @FieldResolver(() => [Theme], { description: 'Built-in themes plus this workspace’s own.' })
  async themes(@Root() workspace: Workspace, @Ctx() { db }: ApiContext): Promise<Theme[]> {
    return withBuiltIn(await db.readTransaction((tx) => workspaceThemes(tx, workspace.id)));
  }
}
