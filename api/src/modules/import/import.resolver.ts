import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { asEditorIn } from '../../services/rights.service';
import type { ApiContext } from '../../context';
import { InputChecker } from '../../domain/validation';
import { importGraph, type ImportPayload } from '../../services/import.service';
import { actorFieldsOf } from '../actor/actor-fields';
import { withoutUndefined } from '../actor/actor.resolver';
import { ImportGraphInput } from './import.input';
import { ImportResult } from './import.type';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, {
    description:
      'Upserts actors and relations by externalId. Everything is validated first: any bad row fails the whole import with BAD_USER_INPUT listing each row and field, and nothing is written. Then one transaction per batch.',
  })
  async importGraph(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => ImportGraphInput) input: ImportGraphInput,
    @Arg('batchSize', () => Int, { nullable: true, description: 'Records per transaction, 1–5000 (default 500).' })
    batchSize?: number | null,
  ): Promise<ImportResult> {
    const scoped = await asEditorIn(db, viewer, workspace);
    const check = new InputChecker();
    check.range(['batchSize'], batchSize, 1, 5000, { integer: true });
    check.list(['input', 'actors'], input.actors, 50000, () => undefined);
    check.list(['input', 'relations'], input.relations, 200000, () => undefined);
    check.throwIfAny();
    const payload: ImportPayload = {
      themes: input.themes?.map((theme) => ({ ...theme })) ?? [],
      actors: input.actors.map((actor) => ({
        ...actorFieldsOf(actor),
        externalId: actor.externalId as string,
        sources: actor.sources?.map((s) => withoutUndefined(s)),
      })) as ImportPayload['actors'],
      relations: input.relations.map((relation) => ({
        ...withoutUndefined(relation),
        sources: relation.sources?.map((s) => withoutUndefined(s)),
      })) as ImportPayload['relations'],
    };
    return importGraph(db, scoped.viewer, scoped.workspace.id, payload, {
      pathPrefix: ['input'],
      ...(batchSize ? { batchSize } : {}),
    });
  }
}
