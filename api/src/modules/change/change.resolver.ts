import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanEdit } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { history, revertChange } from '../../repositories/change.repository';
import { Change } from './change.type';

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => [Change], { description: 'What happened to an actor, relation or source, newest first.' })
  history(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many changes, 0–1000 (default 100).' })
    first?: number | null,
  ): Promise<Change[]> {
    return history(db, viewer, entityId, first) as Promise<Change[]>;
  }

  @Mutation(() => Change, {
    description: 'Undoes one change and returns the REVERT change it records. CONFLICT if the record changed since.',
  })
  revertChange(@Ctx() { db, viewer }: ApiContext, @Arg('id', () => ID) id: string): Promise<Change> {
    assertCanEdit(viewer);
    return revertChange(db, viewer, id) as Promise<Change>;
  }

  @FieldResolver(() => [String], { description: 'Names of the fields this change touched.' })
  changedFields(@Root() change: Change): string[] {
    return [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])].sort();
  }
}
