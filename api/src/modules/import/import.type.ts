import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What an import did.' })
export class ImportResult {
  @Field(() => Int, { description: 'Actors created.' })
  actorsCreated!: number;

  @Field(() => Int, { description: 'Existing actors whose values changed.' })
  actorsUpdated!: number;

  @Field(() => Int, { description: 'Existing actors left as they were (same values).' })
  actorsUnchanged!: number;

  @Field(() => Int, { description: 'Relations created.' })
  relationsCreated!: number;

  @Field(() => Int, { description: 'Existing relations whose values changed.' })
  relationsUpdated!: number;

  @Field(() => Int, { description: 'Existing relations left as they were.' })
  relationsUnchanged!: number;

  @Field(() => Int, { description: 'Sources added (sources already present are not added again).' })
  sourcesCreated!: number;

  @Field(() => Int, { description: 'Write transactions used (one per batch).' })
  batches!: number;
}
