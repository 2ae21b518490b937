import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { asEditorOf } from '../../services/rights.service';
import { mergeActors, renameActor, splitActor } from '../../services/succession.service';
import { withoutUndefined } from '../actor/actor.resolver';
import { EVIDENCE_DESCRIPTION, SourceInput } from '../source/source.input';
import { SuccessionResult } from './succession.type';

const ON = 'The date it takes effect: YYYY, YYYY-MM or YYYY-MM-DD.';

/** Renames, merges and splits: institutional succession, each one transaction with history and revert. */
@Resolver()
export class SuccessionResolver {
  @Mutation(() => SuccessionResult, {
    description:
      'Renames an actor from a date; answers as of an earlier date keep the former name. BAD_USER_INPUT (name, on), CONFLICT (expectedVersion).',
  })
  async renameActor(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { description: 'The new name, 1–300 characters.' }) name: string,
    @Arg('on', () => String, { description: ON }) on: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'If given, CONFLICT when the actor changed.' })
    expectedVersion?: number | null,
    @Arg('evidence', () => SourceInput, { nullable: true, description: EVIDENCE_DESCRIPTION })
    evidence?: SourceInput | null,
  ): Promise<SuccessionResult> {
    const editor = await asEditorOf(db, viewer, 'Actor', id);
    return renameActor(db, editor, id, { name, on, expectedVersion }, evidence ? withoutUndefined(evidence) : null);
  }

  @Mutation(() => SuccessionResult, {
    description:
      'Merges actors into another from a date: each merged actor ends the period before, linked to it by MERGED_INTO; from that date its ties count as the absorbing actor’s in every analysis. BAD_USER_INPUT (ids, into, on).',
  })
  async mergeActors(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('ids', () => [ID], { description: 'The actors merged away (1–20).' }) ids: string[],
    @Arg('into', () => ID, { description: 'The actor they merge into.' }) into: string,
    @Arg('on', () => String, { description: ON }) on: string,
    @Arg('evidence', () => SourceInput, { nullable: true, description: EVIDENCE_DESCRIPTION })
    evidence?: SourceInput | null,
  ): Promise<SuccessionResult> {
    const editor = await asEditorOf(db, viewer, 'Actor', into, 'into');
    return mergeActors(db, editor, { ids, into, on }, evidence ? withoutUndefined(evidence) : null);
  }

  @Mutation(() => SuccessionResult, {
    description:
      'Splits actors off another from a date (SPLIT_FROM each); their lifespans start then unless set; with dissolve the original ends the period before. BAD_USER_INPUT (from, into, on).',
  })
  async splitActor(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('from', () => ID, { description: 'The actor split.' }) from: string,
    @Arg('into', () => [ID], { description: 'The parts (1–20), existing actors.' }) into: string[],
    @Arg('on', () => String, { description: ON }) on: string,
    @Arg('dissolve', () => Boolean, {
      nullable: true,
      description: 'The original ends with the split (default false).',
    })
    dissolve?: boolean | null,
    @Arg('evidence', () => SourceInput, { nullable: true, description: EVIDENCE_DESCRIPTION })
    evidence?: SourceInput | null,
  ): Promise<SuccessionResult> {
    const editor = await asEditorOf(db, viewer, 'Actor', from, 'from');
    return splitActor(db, editor, { from, into, on, dissolve }, evidence ? withoutUndefined(evidence) : null);
  }
}
