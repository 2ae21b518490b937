import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { asEditorOf, assertMembersAround } from '../../services/rights.service';
import { viewerIn } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { createSource, SOURCE_WRITES } from '../../services/source.service';
import { setDeletedById, updateById } from '../../services/versioned-write';
import { withoutUndefined } from '../actor/actor.resolver';
import { SourceInput } from './source.input';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Mutation(() => Source, { description: 'Attaches evidence to a live actor or relation.' })
  async createSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('subjectId', () => ID, { description: 'Id of the actor or relation.' }) subjectId: string,
    @Arg('input', () => SourceInput) input: SourceInput,
  ): Promise<Source> {
    const editor = await asEditorOf(db, viewer, 'Subject', subjectId, 'subjectId');
    await assertMembersAround(db, subjectId, input.readers, ['input', 'readers']);
    return createSource(db, editor, subjectId, withoutUndefined(input));
  }

  @Mutation(() => Source, {
    description: 'Changes a source. Fails with CONFLICT if its version is not expectedVersion.',
  })
  async updateSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SourceInput) input: SourceInput,
    @Arg('expectedVersion', () => Int, { description: 'The version the change is based on.' }) expectedVersion: number,
  ): Promise<Source> {
    const editor = await asEditorOf(db, viewer, 'Source', id);
    await assertMembersAround(db, id, input.readers, ['input', 'readers']);
    return updateById(db, editor, SOURCE_WRITES, id, withoutUndefined(input), expectedVersion);
  }

  @Mutation(() => Source, { description: 'Soft-deletes a source.' })
  async deleteSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the source has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Source> {
    return setDeletedById(db, await asEditorOf(db, viewer, 'Source', id), SOURCE_WRITES, id, true, expectedVersion);
  }

  @Mutation(() => Source, { description: 'Restores a soft-deleted source.' })
  async restoreSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the source has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Source> {
    return setDeletedById(db, await asEditorOf(db, viewer, 'Source', id), SOURCE_WRITES, id, false, expectedVersion);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description: 'Members named as readers (shown to its workspace’s editors and owners only; null otherwise).',
  })
  readers(@Root() record: Source, @Ctx() { viewer }: ApiContext): string[] | null {
    return viewerIn(viewer, record.workspaceId).canEdit ? (record.readers ?? []) : null;
  }
}
