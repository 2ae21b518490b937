import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LinkScore } from './link-suggestion.type';
import type { Population, Service } from '../../domain/capacity';
import { PopulationEnum, ServiceEnum } from '../vocabulary/vocabulary.enums';
import { TierSystemKindEnum } from './analytics.enums';

@ObjectType({
  simpleResolvers: true,
  description: 'Services each of two actors offers that the other does not, to groups both serve.',
})
export class ComplementaryServices {
  @Field(() => [ServiceEnum], { description: 'Offered by the seeking actor only.' })
  sourceOnly!: Service[];

  @Field(() => [ServiceEnum], { description: 'Offered by the candidate only.' })
  targetOnly!: Service[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'How two capacity profiles fit, read inside a system both belong to (their country’s, or the cross-border reading asked for).',
})
export class CapacityMatch {
  @Field(() => [PopulationEnum], { description: 'Groups both serve, in a system both belong to.' })
  sharedPopulations!: Population[];

  @Field(() => [ServiceEnum], { description: 'Services both offer, in a system both belong to.' })
  sharedServices!: Service[];

  @Field(() => [String], {
    description: 'Languages (ISO 639-1) both work in, in a system both belong to or along a corridor between them.',
  })
  sharedLanguages!: string[];

  @Field(() => ComplementaryServices, {
    nullable: true,
    description: 'To groups both serve, the services each offers and the other does not: they could refer people.',
  })
  complementary!: ComplementaryServices | null;

  @Field(() => TierSystemKindEnum, { nullable: true, description: 'The kind of the shared systems; null: none.' })
  systemKind!: keyof typeof TierSystemKindEnum | null;

  @Field(() => [String], { description: 'The countries of the shared systems (ISO alpha-2, sorted).' })
  countries!: string[];

  @Field(() => Float, {
    description:
      'Capacity fit 0–1: 0.4 for a shared group served, 0.2 each for a shared service, complementary services and a shared language.',
  })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A potential partner for an actor, with how to reach it.' })
export class PartnerCandidate {
  @Field(() => ID, { description: 'The candidate.' })
  actorId!: string;

  @Field(() => Float, {
    description: 'Ranking score: 0.7 × link score + 0.2 × proximity + 0.1 × capacity fit (`capacity.score`), 0–1.',
  })
  score!: number;

  @Field(() => CapacityMatch, {
    nullable: true,
    description:
      'How the two capacity profiles fit (groups served, services, languages; reasons such as “both serve unaccompanied children in Greece”); null when they do not.',
  })
  capacity!: CapacityMatch | null;

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
