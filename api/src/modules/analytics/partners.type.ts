import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LinkScore } from './link-suggestion.type';

@ObjectType({ simpleResolvers: true, description: 'A potential partner for an actor, with how to reach it.' })
export class PartnerCandidate {
  @Field(() => ID, { description: 'The candidate.' })
  actorId!: string;

  @Field(() => Float, { description: 'Ranking score: 0.8 × link score + 0.2 × proximity (0–1).' })
  score!: number;

  @Field(() => LinkScore, {
    description: 'The link score of the seeking actor and the candidate, with its components.',
  })
  link!: LinkScore;

  @Field(() => Float, {
    description: 'Proximity 1/(distance − 1) over cooperative ties: 1 for a partner’s partner, 0 when unreachable.',
  })
  proximity!: number;

  @Field(() => Int, { nullable: true, description: 'Steps on the shortest cooperative path; null when unreachable.' })
  distance!: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Actor ids from the seeking actor to the candidate along the cheapest cooperative route: each step costs 5 / (strength × confidence) of the pair’s strongest tie (strength 3 when unknown), passing a hub (an actor with at least max(10, 5 × the mean number of) partners) costs 2 more, so an intermediary with strong ties to both ends is preferred to a generic hub; smallest ids first among equals; null when unreachable.',
  })
  introductionPath!: string[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The introduction route’s cost (tie costs plus hub tolls); null when unreachable.',
  })
  introductionCost!: number | null;

  @Field(() => [ID], { description: 'The actors in between on that path, who could make the introduction.' })
  intermediaryIds!: string[];

  @Field(() => Boolean, {
    description:
      'Whether every route to the candidate runs through a hub; the last reason then names the hub and its number of partners.',
  })
  onlyThroughHub!: boolean;

  @Field(() => [String], { description: 'Why this candidate, in words, ending with how it can be introduced.' })
  reasons!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Partner finder results (PRODUCT.md §4.9), best first.' })
export class Partners {
  @Field(() => ID, { description: 'The actor looking for partners.' })
  actorId!: string;

  @Field(() => Boolean, {
    description:
      'False when the filter leaves the actor out of the analysed graph (a country it has no tie to, a theme it does not work on): nobody can then be suggested. Pass such countries and themes as this field’s own criteria instead.',
  })
  actorInGraph!: boolean;

  @Field(() => [PartnerCandidate], {
    description: 'Actors not yet related to it that meet the criteria, by score, highest first (ties by id).',
  })
  candidates!: PartnerCandidate[];
}
