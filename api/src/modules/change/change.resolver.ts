import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asEditorIn, asEditorOf, forEntity } from '../../services/rights.service';
import { NotFoundError } from '../../errors';
import { assertSignedIn } from '../../auth/viewer';
import type { ApiContext } from '../../context';
import { changeEntity, history } from '../../repositories/change.repository';
import { revertChange } from '../../services/change.service';
import { Change } from './change.type';

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => [Change], { description: 'What happened to an actor, relation or source, newest first.' })
  async history(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many changes, 0–1000 (default 100).' })
    first?: number | null,
  ): Promise<Change[]> {
    const scoped = await forEntity(db, viewer, 'Entity', entityId, 'entityId');
    return history(db, scoped, entityId, first) as Promise<Change[]>;
  }

  @Mutation(() => Change, {
    description: 'Undoes one change and returns the REVERT change it records. CONFLICT if the record changed since.',
  })
  async revertChange(@Ctx() { db, viewer }: ApiContext, @Arg('id', () => ID) id: string): Promise<Change> {
    // A change of a record the viewer may not see is not found either.
    assertSignedIn(viewer);
    const target = await changeEntity(db, id);
    if (!target) throw new NotFoundError('Change', id, 'id');
    // An import batch's change reverts the whole import: the workspace's editors may (ADR 0026).
    const scoped = await (
      target.importBatch
        ? asEditorIn(db, viewer, target.workspaceId).then((inWorkspace) => inWorkspace.viewer)
        : asEditorOf(db, viewer, 'Change', target.entityId)
    ).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Change', id, 'id') : error;
    });
    return revertChange(db, scoped, id) as Promise<Change>;
  }

  @FieldResolver(() => String, {
    description: 'The name of who made the change (a user’s name; "system" for scripts such as the seed loader).',
  })
  async byName(@Root() change: Change, @Ctx() { loaders }: ApiContext): Promise<string> {
    return (await loaders.userName.load(change.by)) ?? change.by;
  }

  @FieldResolver(() => [String], { description: 'Names of the fields this change touched.' })
  changedFields(@Root() change: Change): string[] {
    return [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])].sort();
  }
}
