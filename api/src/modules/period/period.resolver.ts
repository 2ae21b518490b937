import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { createPeriod, deletePeriod, listPeriods } from '../../services/period.service';
import { Period, PeriodInput } from './period.type';

@Resolver(() => Period)
export class PeriodResolver {
  @Query(() => [Period], { description: 'The named periods of a workspace, earliest first. NOT_FOUND (workspace).' })
  periods(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
  ): Promise<Period[]> {
    return listPeriods(db, viewer, workspace);
  }

  @Mutation(() => Period, { description: 'Names a period of a workspace (editors). BAD_USER_INPUT (input.*).' })
  createPeriod(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => PeriodInput) input: PeriodInput,
  ): Promise<Period> {
    return createPeriod(db, viewer, workspace, { ...input });
  }

  @Mutation(() => Period, { description: 'Deletes a named period (editors); returns it. NOT_FOUND (id).' })
  deletePeriod(@Ctx() { db, viewer }: ApiContext, @Arg('id', () => ID) id: string): Promise<Period> {
    return deletePeriod(db, viewer, id);
  }
}
