import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import { MoneyTotals } from './money.type';

@ObjectType({ simpleResolvers: true, description: 'One theme × tier (× country) cell of the coverage grid.' })
export class CoverageCell {
  @Field(() => String, { description: 'Theme id.' })
  theme!: string;

  @Field(() => TierEnum, { description: 'Tier.' })
  tier!: Tier;

  @Field(() => String, {
    nullable: true,
    description:
      'By country: the national system of the cell — its country’s local, regional and national actors plus the supranational and global actors tied to them (an EU body in every member state’s), ties counted only inside one system; null for actors in no system. Null when the grid is not by country.',
  })
  country!: string | null;

  @Field(() => [ID], { description: 'Actors of the tier (and country) working on the theme, in id order.' })
  actorIds!: string[];

  @Field(() => Int, { description: 'Number of those actors.' })
  actorCount!: number;

  @Field(() => Int, {
    description:
      'Cooperative relations on the theme from a cell actor to an actor on the theme in a higher tier (both ends must work on it).',
  })
  tiesUpward!: number;

  @Field(() => Int, { description: 'The same towards actors on the theme in lower tiers.' })
  tiesDownward!: number;

  @Field(() => MoneyTotals, { description: 'FUNDS relations on the theme received by the cell’s actors, any funder.' })
  fundingReceived!: MoneyTotals;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Coverage grid (PRODUCT.md §4.4): who works on what, at which tier, and how it is tied.',
})
export class CoverageGrid {
  @Field(() => Boolean, { description: 'Whether cells are split by national system (country).' })
  byCountry!: boolean;

  @Field(() => [CoverageCell], {
    description: 'By theme (alphabetical), then country (alphabetical, null last), then tier; every tier appears.',
  })
  cells!: CoverageCell[];
}
