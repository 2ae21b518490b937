import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanEdit } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { BUILT_IN_THEMES } from '../../domain/vocabulary';
import {
  addThemes,
  createWorkspace,
  findWorkspace,
  listWorkspaces,
  workspaceThemes,
} from '../../repositories/workspace.repository';
import { Theme } from '../vocabulary/vocabulary.type';
import { ThemeInput, WorkspaceInput } from './workspace.input';
import { Workspace } from './workspace.type';

const BUILT_IN_IDS = new Set(BUILT_IN_THEMES.map((theme) => theme.id));

@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => [Workspace], { description: 'Workspaces the viewer may see, by title.' })
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

  @Mutation(() => Workspace, { description: 'Creates an empty workspace.' })
  async createWorkspace(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('input', () => WorkspaceInput) input: WorkspaceInput,
  ): Promise<Workspace> {
    assertCanEdit(viewer);
    const created = await createWorkspace(db, { ...input, themes: input.themes?.map((theme) => ({ ...theme })) });
    return created;
  }

  @Mutation(() => [Theme], {
    description: 'Adds themes to a workspace or relabels existing ones; returns the whole theme list.',
  })
  async addThemes(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => String, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('themes', () => [ThemeInput]) themes: ThemeInput[],
  ): Promise<Theme[]> {
    assertCanEdit(viewer);
    const all = await addThemes(
      db,
      viewer,
      workspace,
      themes.map((theme) => ({ ...theme })),
    );
    return all.map((theme) => ({ ...theme, builtIn: BUILT_IN_IDS.has(theme.id) }));
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
    const all = await db.readTransaction((tx) => workspaceThemes(tx, workspace.id));
    return all.map((theme) => ({ ...theme, builtIn: BUILT_IN_IDS.has(theme.id) }));
  }
}
