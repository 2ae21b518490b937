import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { assertCanEdit } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { createSource, deleteSource, restoreSource, updateSource } from '../../repositories/source.repository';
import { withoutUndefined } from '../actor/actor.resolver';
import { SourceInput } from './source.input';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Mutation(() => Source, { description: 'Attaches evidence to a live actor or relation.' })
  createSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('subjectId', () => ID, { description: 'Id of the actor or relation.' }) subjectId: string,
    @Arg('input', () => SourceInput) input: SourceInput,
  ): Promise<Source> {
    assertCanEdit(viewer);
    return createSource(db, viewer, subjectId, withoutUndefined(input));
  }

  @Mutation(() => Source, {
    description: 'Changes a source. Fails with CONFLICT if its version is not expectedVersion.',
  })
  updateSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SourceInput) input: SourceInput,
    @Arg('expectedVersion', () => Int, { description: 'The version the change is based on.' }) expectedVersion: number,
  ): Promise<Source> {
    assertCanEdit(viewer);
    return updateSource(db, viewer, id, withoutUndefined(input), expectedVersion);
  }

  @Mutation(() => Source, { description: 'Soft-deletes a source.' })
  deleteSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the source has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Source> {
    assertCanEdit(viewer);
    return deleteSource(db, viewer, id, expectedVersion);
  }

  @Mutation(() => Source, { description: 'Restores a soft-deleted source.' })
  restoreSource(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the source has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Source> {
    assertCanEdit(viewer);
    return restoreSource(db, viewer, id, expectedVersion);
  }
}
