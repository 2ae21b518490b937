import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Relation } from '../relation/relation.type';

@ObjectType({
  description: 'An actor in a neighbourhood, with how far it is and how much of its own neighbourhood is not shown.',
})
export class NeighbourhoodNode {
  @Field(() => ID, { description: 'The actor’s id; `actor` resolves it.' })
  actorId!: string;

  @Field(() => Int, { description: 'Steps from the centre; 0 for the centre.' })
  distance!: number;

  @Field(() => Int, { description: 'Visible relations of this actor that match the filter.' })
  degree!: number;

  @Field(() => Int, { description: 'Of those, how many lead to actors not in this answer: the "+N more" to expand.' })
  hiddenNeighbours!: number;
}

@ObjectType({ description: 'Actors around a centre and the relations between them, in one answer.' })
export class Neighbourhood {
  @Field(() => ID, { description: 'The centre actor’s id.' })
  centerId!: string;

  @Field(() => [NeighbourhoodNode], { description: 'The centre and the actors reached, nearest first.' })
  nodes!: NeighbourhoodNode[];

  @Field(() => [Relation], { description: 'Relations between the actors returned.' })
  edges!: Relation[];

  @Field(() => Int, {
    description:
      'Actors found within the depth but left out because of the limit (0 when complete). A lower bound: what lies behind a left-out actor is not explored.',
  })
  truncated!: number;
}
