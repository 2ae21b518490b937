import { Field, ID, ObjectType } from 'type-graphql';
import type { SuccessionType } from '../../domain/vocabulary';
import { RelationTypeEnum } from '../vocabulary/vocabulary.enums';
import type { Analytics } from './analytics.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A field of a tie’s dated state that differs between the two dates.',
})
export class RelationStateChange {
  @Field(() => ID, { description: 'The relation.' })
  relationId!: string;

  @Field(() => String, { description: 'mode, engagement, strength or confidence.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Its value on `from` (numbers as text).' })
  from!: string | number | null;

  @Field(() => String, { nullable: true, description: 'Its value on `to` (numbers as text).' })
  to!: string | number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One institution under two names: the same actor renamed, or its successor by SUCCEEDS.',
})
export class RenamedActor {
  @Field(() => ID, { description: 'The actor on `to`.' })
  actorId!: string;

  @Field(() => ID, { description: 'The actor on `from` (the same, or the one it succeeded).' })
  fromActorId!: string;

  @Field(() => String, { description: 'Its name on `from`.' })
  fromName!: string;

  @Field(() => String, { description: 'Its name on `to`.' })
  toName!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A dated succession between two actors (a SUCCEEDS, MERGED_INTO or SPLIT_FROM relation).',
})
export class Succession {
  @Field(() => ID, { description: 'The succession relation.' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'SUCCEEDS, MERGED_INTO or SPLIT_FROM.' })
  kind!: SuccessionType;

  @Field(() => ID, { description: 'The earlier institution.' })
  predecessor!: string;

  @Field(() => ID, { description: 'The later one (for MERGED_INTO, the one it merged into).' })
  successor!: string;

  @Field(() => String, { description: 'Its date.' })
  on!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What changed between two dates (PRODUCT.md §4.11), each date read as the graph of that date: lifespans, names, tie states and successions. A relation is active on d when since ≤ d and (until is empty or until ≥ d), partial dates being periods; lineage is followed (a renamed or merged institution is not ended).',
})
export class TimeDiff {
  @Field(() => String, { description: 'The earlier date.' })
  from!: string;

  @Field(() => String, { description: 'The later date.' })
  to!: string;

  @Field(() => [ID], { description: 'Relations active on `to` but not on `from`, in id order.' })
  addedRelationIds!: string[];

  @Field(() => [ID], { description: 'Relations active on `from` but not on `to`, in id order.' })
  endedRelationIds!: string[];

  @Field(() => [ID], {
    description:
      'Actors in the picture on `to` (present, with a dated lifespan or an active tie) and not on `from`, nor continuing one that was.',
  })
  addedActorIds!: string[];

  @Field(() => [ID], {
    description:
      'Actors in the picture on `from` and not on `to`, nor continued (SUCCEEDS, MERGED_INTO) by one that is.',
  })
  endedActorIds!: string[];

  @Field(() => [RelationStateChange], { description: 'Ties active on both dates whose dated state differs.' })
  changedRelations!: RelationStateChange[];

  @Field(() => [RenamedActor], { description: 'Institutions whose name differs between the dates.' })
  renamedActors!: RenamedActor[];

  @Field(() => [Succession], { description: 'Successions dated after `from` and on or before `to`.' })
  successions!: Succession[];

  /** The analytics root and the two dates, for the measure fields computed when selected (not part of the schema). */
  request!: { analytics: Analytics; from: string; to: string };
}
