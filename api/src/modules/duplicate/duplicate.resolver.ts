import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { InputChecker } from '../../domain/validation';
import { dismissDuplicate, findDuplicates, mergeDuplicates } from '../../services/duplicate.service';
import { asEditorOf, inWorkspace } from '../../services/rights.service';
import { actorsByIds } from '../../repositories/actor.repository';
import type { Actor } from '../actor/actor.type';
import { DuplicateCandidate, DuplicateDismissal, DuplicateMergeResult } from './duplicate.type';

const MAX_CANDIDATES = 500;

/** Duplicate detection, the merge of duplicates and the dismissal of a pair (issue 21 point 6). */
@Resolver()
export class DuplicateResolver {
  @Query(() => [DuplicateCandidate], {
    description:
      'Pairs of actors that may be one organisation, best first, each with its reasons: the same identifier, an alias equal to the other’s name, or close names in the same country (docs/adr/0031). Only actors the viewer may see; dismissed pairs are left out.',
  })
  async duplicateCandidates(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: `At most this many pairs (1–${MAX_CANDIDATES}, default 50).`,
    })
    first?: number | null,
  ): Promise<DuplicateCandidate[]> {
    const check = new InputChecker();
    const count = first ?? 50;
    if (!Number.isInteger(count) || count < 1 || count > MAX_CANDIDATES)
      check.add(['first'], `must be between 1 and ${MAX_CANDIDATES} (got ${count})`);
    check.throwIfAny();
    const scoped = await inWorkspace(db, viewer, workspace);
    const pairs = await findDuplicates(db, scoped.viewer, scoped.workspace.id, count);
    const ids = [...new Set(pairs.flatMap((pair) => [pair.aId, pair.bId]))];
    const actors = new Map<string, Actor>();
    for (const actor of await actorsByIds(db, scoped.viewer, ids)) if (actor) actors.set(actor.id, actor as Actor);
    return pairs.flatMap((pair) => {
      const a = actors.get(pair.aId);
      const b = actors.get(pair.bId);
      return a && b ? [{ a, b, score: pair.score, reasons: pair.reasons }] : [];
    });
  }

  @Mutation(() => DuplicateMergeResult, {
    description:
      'Merges two records of one organisation: the ties of mergeId move to keepId, its names become aliases, identifiers are united, and it is deleted with its history kept. One operation: revertChange(operationId) restores both. BAD_USER_INPUT (keepId, mergeId).',
  })
  async mergeDuplicates(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('keepId', () => ID, { description: 'The actor that stays.' }) keepId: string,
    @Arg('mergeId', () => ID, { description: 'The actor merged into it.' }) mergeId: string,
  ): Promise<DuplicateMergeResult> {
    const editor = await asEditorOf(db, viewer, 'Actor', keepId, 'keepId');
    await asEditorOf(db, viewer, 'Actor', mergeId, 'mergeId');
    return mergeDuplicates(db, editor, { keepId, mergeId }) as Promise<DuplicateMergeResult>;
  }

  @Mutation(() => DuplicateDismissal, {
    description:
      'Says two actors are not one organisation, so duplicateCandidates no longer suggests the pair. Revert with revertChange(operationId).',
  })
  async dismissDuplicate(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('aId', () => ID, { description: 'One actor.' }) aId: string,
    @Arg('bId', () => ID, { description: 'The other.' }) bId: string,
  ): Promise<DuplicateDismissal> {
    const editor = await asEditorOf(db, viewer, 'Actor', aId, 'aId');
    await asEditorOf(db, viewer, 'Actor', bId, 'bId');
    return dismissDuplicate(db, editor, { aId, bId }) as Promise<DuplicateDismissal>;
  }
}
