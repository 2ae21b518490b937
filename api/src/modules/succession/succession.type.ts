import { Field, ID, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { Relation } from '../relation/relation.type';

@ObjectType({
  description:
    'What a rename, merge or split wrote, in one transaction. revertChange(id: operationId) undoes every step of it.',
})
export class SuccessionResult {
  @Field(() => ID, { description: 'The operation: the id of its first change, which revertChange takes.' })
  operationId!: string;

  @Field(() => [Actor], { description: 'The actors it involved, as they are now.' })
  actors!: Actor[];

  @Field(() => [Relation], { description: 'The succession relations (MERGED_INTO, SPLIT_FROM) it created.' })
  relations!: Relation[];
}
