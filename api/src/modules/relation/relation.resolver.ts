import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asEditorIn, asEditorOf, assertMembers, assertMembersAround } from '../../services/rights.service';
import { viewerIn } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { listRelations } from '../../repositories/relation.repository';
import { createRelation, RELATION_WRITES } from '../../services/relation.service';
import { setDeletedById, updateById } from '../../services/versioned-write';
import { withoutUndefined } from '../actor/actor.resolver';
import { Actor } from '../actor/actor.type';
import { relationSelection, selectsField } from '../common/selection';
import { EVIDENCE_DESCRIPTION, SourceInput } from '../source/source.input';
import { Source } from '../source/source.type';
import { RelationInput, RelationListFilter, RelationPatch } from './relation.input';
import { Relation, RelationConnection } from './relation.type';

/** Ends attached to a relation by the statement that read it (see relationSelection). */
interface RelationEnds {
  sourceActor?: Actor;
  targetActor?: Actor;
}

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => RelationConnection, { description: 'A page of a workspace’s relations, oldest first.' })
  async relations(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('filter', () => RelationListFilter, { nullable: true }) filter?: RelationListFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–500 (default 50).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<RelationConnection> {
    const page = await listRelations(db, viewer, {
      withTotal: info ? selectsField(info, 'totalCount') : true,
      ...(info ? relationSelection(info, ['edges', 'node']) : {}),
      workspace,
      filter: filter ? { ...filter } : null,
      first: first ?? null,
      after: after ?? null,
    });
    return { ...page, totalCount: page.totalCount ?? 0 };
  }

  @Query(() => Relation, { nullable: true, description: 'One relation by id; null when absent or hidden.' })
  relation(@Ctx() { loaders }: ApiContext, @Arg('id', () => ID) id: string): Promise<Relation | null> {
    return loaders.relation.load(id);
  }

  @Mutation(() => Relation, { description: 'Creates a relation between two live actors of a workspace.' })
  async createRelation(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => RelationInput) input: RelationInput,
    @Arg('evidence', () => SourceInput, { nullable: true, description: EVIDENCE_DESCRIPTION })
    evidence?: SourceInput | null,
  ): Promise<Relation> {
    const scoped = await asEditorIn(db, viewer, workspace);
    await assertMembers(db, scoped.workspace.id, input.readers, ['input', 'readers']);
    await assertMembers(db, scoped.workspace.id, evidence?.readers, ['evidence', 'readers']);
    return createRelation(
      db,
      scoped.viewer,
      scoped.workspace.id,
      withoutUndefined(input),
      evidence ? withoutUndefined(evidence) : null,
    );
  }

  @Mutation(() => Relation, {
    description: 'Changes a relation. Fails with CONFLICT, changing nothing, if its version is not expectedVersion.',
  })
  async updateRelation(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RelationPatch) input: RelationPatch,
    @Arg('expectedVersion', () => Int, { description: 'The version the change is based on.' }) expectedVersion: number,
  ): Promise<Relation> {
    const editor = await asEditorOf(db, viewer, 'Relation', id);
    await assertMembersAround(db, id, input.readers, ['input', 'readers']);
    return updateById(db, editor, RELATION_WRITES, id, withoutUndefined(input), expectedVersion);
  }

  @Mutation(() => Relation, { description: 'Soft-deletes a relation.' })
  async deleteRelation(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the relation has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Relation> {
    return setDeletedById(db, await asEditorOf(db, viewer, 'Relation', id), RELATION_WRITES, id, true, expectedVersion);
  }

  @Mutation(() => Relation, { description: 'Restores a soft-deleted relation (both actors must be live).' })
  async restoreRelation(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the relation has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Relation> {
    return setDeletedById(
      db,
      await asEditorOf(db, viewer, 'Relation', id),
      RELATION_WRITES,
      id,
      false,
      expectedVersion,
    );
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description: 'Members named as readers (shown to its workspace’s editors and owners only; null otherwise).',
  })
  readers(@Root() record: Relation, @Ctx() { viewer }: ApiContext): string[] | null {
    return viewerIn(viewer, record.workspaceId).canEdit ? (record.readers ?? []) : null;
  }

  @FieldResolver(() => Actor, { description: 'The source actor.' })
  async source(@Root() relation: Relation & RelationEnds, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    // Read with the relation when the statement that found it was asked for its ends.
    return relation.sourceActor ?? (await loaders.actor.load(relation.sourceId))!;
  }

  @FieldResolver(() => Actor, { description: 'The target actor.' })
  async target(@Root() relation: Relation & RelationEnds, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return relation.targetActor ?? (await loaders.actor.load(relation.targetId))!;
  }

  @FieldResolver(() => [Source], { description: 'Evidence for the relation.' })
  sources(@Root() relation: Relation, @Ctx() { loaders }: ApiContext): Promise<Source[]> {
    return loaders.sources(relation.workspaceId).load(relation.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when no live source supports the relation.' })
  async unsourced(@Root() relation: Relation, @Ctx() { loaders }: ApiContext): Promise<boolean> {
    return (await loaders.sources(relation.workspaceId).load(relation.id)).length === 0;
  }
}
