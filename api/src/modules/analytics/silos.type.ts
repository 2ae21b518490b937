import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'The most frequent value of an attribute among a community’s members.',
})
export class DominantValue {
  @Field(() => String, { description: 'The value (a tier, sector or country code); ties go to the earlier one.' })
  value!: string;

  @Field(() => Float, { description: 'Members with this value / members (0–1).' })
  share!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A connected component of the cooperative graph: actors reachable from one another.',
})
export class ConnectedComponent {
  @Field(() => Int, { description: 'Position in the list, 0 for the largest.' })
  index!: number;

  @Field(() => Int, { description: 'Number of actors in the component.' })
  size!: number;

  @Field(() => [ID], { description: 'Member actor ids, in id order.' })
  actorIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A Louvain community of the cooperative graph (Blondel et al. 2008, seeded).',
})
export class Community {
  @Field(() => Int, { description: 'Community number, 0 for the largest; the same data gives the same numbers.' })
  index!: number;

  @Field(() => Int, { description: 'Number of member actors.' })
  size!: number;

  @Field(() => [ID], { description: 'Member actor ids, in id order.' })
  actorIds!: string[];

  @Field(() => DominantValue, { description: 'The members’ most frequent tier and its share.' })
  dominantTier!: DominantValue;

  @Field(() => DominantValue, { description: 'The members’ most frequent sector and its share.' })
  dominantSector!: DominantValue;

  @Field(() => DominantValue, {
    nullable: true,
    description: 'The members’ most frequent country and its share of all members; null when none has a country.',
  })
  dominantCountry!: DominantValue | null;

  @Field(() => Int, { description: 'I: distinct cooperative ties with both ends in the community.' })
  internalTies!: number;

  @Field(() => Int, { description: 'E: distinct cooperative ties from a member to an actor outside.' })
  externalTies!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'E–I index (E − I)/(E + I) (Krackhardt & Stern 1988), from −1 (closed silo) to +1; null without ties.',
  })
  eiIndex!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'The E–I index of one group (a tier or a sector).' })
export class GroupEiIndex {
  @Field(() => String, { description: 'The tier or sector.' })
  group!: string;

  @Field(() => Int, { description: 'Actors in the group.' })
  size!: number;

  @Field(() => Int, { description: 'I: distinct cooperative ties with both ends in the group.' })
  internalTies!: number;

  @Field(() => Int, { description: 'E: distinct cooperative ties from a member to a non-member.' })
  externalTies!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'E–I index (E − I)/(E + I) (Krackhardt & Stern 1988): near −1 the group is a silo; null without ties.',
  })
  eiIndex!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Silos (PRODUCT.md §4.2) on the cooperative graph: every relation type but CHALLENGES, every mode but CONFRONTATION, several relations between two actors counting as one tie.',
})
export class Silos {
  @Field(() => Int, { description: 'Number of connected components, isolated actors included.' })
  componentCount!: number;

  @Field(() => [ConnectedComponent], {
    description: 'Connected components, largest first (ties by smallest member id).',
  })
  components!: ConnectedComponent[];

  @Field(() => Int, { description: 'Number of Louvain communities, isolated actors each one of their own.' })
  communityCount!: number;

  @Field(() => [Community], { description: 'Louvain communities, largest first.' })
  communities!: Community[];

  @Field(() => Float, {
    description: 'Newman–Girvan modularity Q of the Louvain partition (resolution 1); 0 for a graph without ties.',
  })
  modularity!: number;

  @Field(() => [GroupEiIndex], { description: 'E–I index of each tier present, in tier order.' })
  tiers!: GroupEiIndex[];

  @Field(() => [GroupEiIndex], { description: 'E–I index of each sector present, in sector order.' })
  sectors!: GroupEiIndex[];
}
