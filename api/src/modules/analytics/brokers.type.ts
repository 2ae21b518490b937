import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import type { BrokerMeasure } from '../../graph/ranked-measures';
import { BetweennessMethodEnum, BrokerMeasureEnum } from './analytics.enums';

@ObjectType({
  simpleResolvers: true,
  description:
    'Gould & Fernandez (1989) brokerage roles with tier as the group: counts of two-paths A → B → C over directed cooperative ties, A ≠ C and no tie A → C, that the actor B brokers (as R’s sna::brokerage).',
})
export class BrokerageRoles {
  @Field(() => TierEnum, { description: 'The broker’s tier (its group).' })
  tier!: Tier;

  @Field(() => Int, { description: 'Coordinator: A, B and C all in one tier.' })
  coordinator!: number;

  @Field(() => Int, { description: 'Itinerant (consultant): A and C in one tier, B in another.' })
  itinerant!: number;

  @Field(() => Int, { description: 'Gatekeeper: B and C in one tier, A in another — B lets an outsider in.' })
  gatekeeper!: number;

  @Field(() => Int, { description: 'Representative: A and B in one tier, C in another — B speaks for its tier.' })
  representative!: number;

  @Field(() => Int, { description: 'Liaison: A, B and C in three different tiers.' })
  liaison!: number;

  @Field(() => Int, { description: 'Sum of the five roles.' })
  total!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One actor’s brokerage measures.' })
export class Broker {
  @Field(() => ID, { description: 'The actor.' })
  actorId!: string;

  @Field(() => Int, {
    description: 'Position by the ranked measure (Brokers.rankedBy) among all ranked actors, 1 = highest.',
  })
  rank!: number;

  @Field(() => Int, { description: 'Number of distinct cooperative partners.' })
  degree!: number;

  @Field(() => Float, {
    description:
      'PageRank on the undirected cooperative graph (Brin & Page 1998, damping 0.85, as networkx’s pagerank); values over all ranked actors sum to 1.',
  })
  pageRank!: number;

  @Field(() => Int, {
    description:
      'Core number on the undirected cooperative graph (as networkx’s core_number): the largest k such that the actor is in a group where everyone has at least k partners in the group.',
  })
  coreNumber!: number;

  @Field(() => Float, {
    description:
      'Normalised betweenness on the undirected cooperative graph (Brandes 2001): Σ σ_st(v)/σ_st over unordered pairs {s, t} not containing v, divided by (n−1)(n−2)/2 as networkx does; exact or sampled (see Brokers.method).',
  })
  betweenness!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Standard error of a sampled betweenness: √(s²/k · (n−k)/n) over the k pivot estimates; null when exact.',
  })
  betweennessStandardError!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Burt’s (1992) constraint c(i) = Σⱼ (pᵢⱼ + Σ_q pᵢq·p_qj)² with pᵢⱼ = 1/deg(i), as networkx’s `constraint`; high = tied into one closed group; null for an isolate.',
  })
  constraint!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Burt’s effective size n − 2t/n (Borgatti 1997; n partners, t ties among them), as networkx’s `effective_size`: non-redundant contacts; null for an isolate.',
  })
  effectiveSize!: number | null;

  @Field(() => BrokerageRoles, { description: 'Gould–Fernandez brokerage roles with tier as the group.' })
  roles!: BrokerageRoles;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Brokers (PRODUCT.md §4.7), by betweenness unless another measure is asked for.',
})
export class Brokers {
  @Field(() => BetweennessMethodEnum, {
    description:
      'EXACT up to 5,000 actors. Above: SAMPLED for the first answers after a change, while the exact values are summed in the background (exactPending), then EXACT_FROM_CACHE.',
  })
  method!: keyof typeof BetweennessMethodEnum;

  @Field(() => Boolean, {
    description:
      'Whether exact betweenness is being summed in the background for this graph and filter: ask again for an EXACT_FROM_CACHE ranking. False once it is in, and when the answer is exact anyway.',
  })
  exactPending!: boolean;

  @Field(() => Boolean, { description: 'Whether betweenness values are sampled estimates.' })
  sampled!: boolean;

  @Field(() => Int, { nullable: true, description: 'Source pivots sampled (seeded); null when exact.' })
  pivots!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'With probability ≥ errorConfidence every sampled value is within this of the exact one: n/(n−1)·√(ln(2n/α)/(2k)) for k pivots (Hoeffding 1963, union bound over n actors, α = 1 − confidence); null when exact.',
  })
  errorBound!: number | null;

  @Field(() => Float, { nullable: true, description: 'Confidence of errorBound (0.95); null when exact.' })
  errorConfidence!: number | null;

  @Field(() => Boolean, {
    description: 'Whether betweenness is over the cheapest paths by tie cost (strength and confidence).',
  })
  weighted!: boolean;

  @Field(() => BrokerMeasureEnum, { description: 'The measure the actors are ranked by.' })
  rankedBy!: BrokerMeasure;

  @Field(() => Int, { description: 'Actors ranked (all actors of the filtered graph).' })
  actorCount!: number;

  @Field(() => [Broker], { description: 'The `top` actors by the ranked measure, highest first.' })
  actors!: Broker[];
}
