import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'What changed between two dates (PRODUCT.md §4.11): a relation is active on d when since ≤ d and (until is empty or until ≥ d), partial dates being periods.',
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

  @Field(() => [ID], { description: 'Actors with an active relation on `to` and none on `from`.' })
  addedActorIds!: string[];

  @Field(() => [ID], { description: 'Actors with an active relation on `from` and none on `to`.' })
  endedActorIds!: string[];
}
