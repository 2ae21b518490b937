import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { DuplicateReasonKind } from '../../domain/duplicate-candidates';
import { Actor } from '../actor/actor.type';
import { Relation } from '../relation/relation.type';

export const DuplicateReasonKindEnum = {
  SAME_IDENTIFIER: 'SAME_IDENTIFIER',
  ALIAS_MATCHES_NAME: 'ALIAS_MATCHES_NAME',
  CLOSE_NAMES: 'CLOSE_NAMES',
} as const satisfies Record<DuplicateReasonKind, DuplicateReasonKind>;
registerEnumType(DuplicateReasonKindEnum, {
  name: 'DuplicateReasonKind',
  description:
    'Why two actors may be one: the same identifier; an alias (or former name) of one is the other’s name; close names in the same country.',
});

@ObjectType({ description: 'One reason two actors may be one organisation.' })
export class DuplicateReason {
  @Field(() => DuplicateReasonKindEnum, { description: 'The kind of evidence.' })
  kind!: DuplicateReasonKind;

  @Field(() => String, { description: 'The reason in words.' })
  text!: string;

  @Field(() => Float, { description: 'How strongly it points to one organisation, 0–1.' })
  score!: number;
}

@ObjectType({ description: 'Two actors that may be one organisation.' })
export class DuplicateCandidate {
  @Field(() => Actor, { description: 'One actor.' })
  a!: Actor;

  @Field(() => Actor, { description: 'The other.' })
  b!: Actor;

  @Field(() => Float, { description: 'The best reason’s score, 0–1; candidates come best first.' })
  score!: number;

  @Field(() => [DuplicateReason], { description: 'Every reason found.' })
  reasons!: DuplicateReason[];
}

@ObjectType({ description: 'What mergeDuplicates wrote. revertChange(id: operationId) restores both actors exactly.' })
export class DuplicateMergeResult {
  @Field(() => ID, { description: 'The operation: the id of its first change, which revertChange takes.' })
  operationId!: string;

  @Field(() => Actor, { description: 'The kept actor, with the other’s names as aliases and the identifiers united.' })
  kept!: Actor;

  @Field(() => Actor, { description: 'The merged actor, now deleted; its history stays under its id.' })
  merged!: Actor;

  @Field(() => [Relation], { description: 'The merged actor’s ties, re-created on the kept actor.' })
  movedRelations!: Relation[];

  @Field(() => [ID], {
    description: 'Ties that did not move (between the two, or identical to one the kept actor has).',
  })
  droppedRelationIds!: string[];
}

@ObjectType({ description: 'What dismissDuplicate wrote. revertChange(id: operationId) undoes it.' })
export class DuplicateDismissal {
  @Field(() => ID, { description: 'The operation: the id of its first change.' })
  operationId!: string;

  @Field(() => [Actor], { description: 'The two actors, as they are now.' })
  actors!: Actor[];
}
