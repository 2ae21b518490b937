import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'One step of a path: two actors and every relation between them that passed the filters.',
})
export class PathStep {
  @Field(() => ID, { description: 'The actor the step leaves.' })
  fromId!: string;

  @Field(() => ID, { description: 'The actor the step reaches.' })
  toId!: string;

  @Field(() => [ID], { description: 'Relations between the two (either direction), in id order.' })
  relationIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A loopless path between two actors.' })
export class ActorPath {
  @Field(() => [ID], { description: 'Actor ids from the start to the end.' })
  actorIds!: string[];

  @Field(() => Int, { description: 'Number of steps (actors − 1).' })
  length!: number;

  @Field(() => Float, {
    description:
      'Sum of the steps’ tie costs, 5 / (strength × confidence) of each pair’s strongest relation, when the paths were asked weighted; the number of steps otherwise.',
  })
  cost!: number;

  @Field(() => [PathStep], { description: 'The steps, in order.' })
  steps!: PathStep[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Shortest and k shortest loopless paths (Yen 1971) between two actors (PRODUCT.md §4.10); every relation is read as undirected.',
})
export class Paths {
  @Field(() => ID, { description: 'The start actor.' })
  fromId!: string;

  @Field(() => ID, { description: 'The end actor.' })
  toId!: string;

  @Field(() => ActorPath, { nullable: true, description: 'The first of `paths`; null when the two are not connected.' })
  shortest!: ActorPath | null;

  @Field(() => [ActorPath], {
    description:
      'Up to k paths, shortest (or, weighted, cheapest) first; equal lengths or costs in the order of their actor-id sequences.',
  })
  paths!: ActorPath[];
}
