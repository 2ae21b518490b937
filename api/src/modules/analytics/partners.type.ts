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
      'Actor ids from the seeking actor to the candidate along the shortest cooperative path (smallest ids first among equals); null when unreachable.',
  })
  introductionPath!: string[] | null;

  @Field(() => [ID], { description: 'The actors in between on that path, who could make the introduction.' })
  intermediaryIds!: string[];

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
