import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { asEditorOf } from '../../services/rights.service';
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
    return createSource(
      db,
      await asEditorOf(db, viewer, 'Subject', subjectId, 'subjectId'),
      subjectId,
      withoutUndefined(input),
    );
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
    return updateById(
      db,
      await asEditorOf(db, viewer, 'Source', id),
      SOURCE_WRITES,
      id,
      withoutUndefined(input),
      expectedVersion,
    );
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
}
