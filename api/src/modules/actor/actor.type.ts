import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind, Sector, Tier, Visibility } from '../../domain/vocabulary';
import { PageInfo } from '../common/page-info.type';
import { DateTimeScalar } from '../common/scalars';
import type { Population, Service } from '../../domain/capacity';
import {
  ActorKindEnum,
  PopulationEnum,
  SectorEnum,
  ServiceEnum,
  TierEnum,
  VisibilityEnum,
} from '../vocabulary/vocabulary.enums';

@ObjectType({ description: 'A name an actor carried, with the period it carried it in.' })
export class DatedName {
  @Field(() => String, { description: 'The name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'First day of its use; null: from the start of the record.' })
  since!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The date the next name replaced it (its use ends the day before); null: the current name.',
  })
  replacedOn!: string | null;
}

@ObjectType({ description: 'An organisation, public body, programme, network or forum in the map.' })
export class Actor {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => ID, { description: 'The workspace the actor belongs to.' })
  workspaceId!: string;

  @Field(() => String, { nullable: true, description: 'Id in an outside dataset; imports upsert by it.' })
  externalId!: string | null;

  @Field(() => String, { description: 'Name as the organisation uses it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and acronyms.' })
  aliases!: string[];

  @Field(() => ActorKindEnum, { description: 'What kind of organisation it is.' })
  kind!: ActorKind;

  @Field(() => TierEnum, { description: 'Governance tier it works at.' })
  tier!: Tier;

  @Field(() => SectorEnum, { description: 'Sector, derived from the kind.' })
  sector!: Sector;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code, null for international actors.',
  })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'City, where relevant.' })
  city!: string | null;

  @Field(() => [String], {
    description: 'Countries of origin of a diaspora or migrant-led organisation (ISO alpha-2): its corridors.',
  })
  originCountries!: string[];

  @Field(() => [String], { description: 'Theme ids the actor works on.' })
  themes!: string[];

  @Field(() => [PopulationEnum], {
    description: 'Capacity profile: the groups of people it serves (the partner finder compares them).',
  })
  populationsServed!: Population[];

  @Field(() => [ServiceEnum], { description: 'Capacity profile: the services it offers.' })
  services!: Service[];

  @Field(() => [String], {
    description: 'Capacity profile: the languages it works in, ISO 639-1 codes (names in `vocabulary.languages`).',
  })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'Short neutral description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https URL).' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Year or date founded: YYYY, YYYY-MM or YYYY-MM-DD.' })
  founded!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day of its lifespan (YYYY, YYYY-MM or YYYY-MM-DD); null: for as long as we know.',
  })
  since!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of its lifespan; null while it exists. As of a date outside since–until it is in no answer.',
  })
  until!: string | null;

  /** `SCHEME:value` keys (served as objects by ActorIdentifiersResolver.identifiers). */
  identifiers!: string[];

  /** The language of each alias, '' when not said (served through `localizedAliases`). */
  aliasLanguages!: string[];

  /** Actors said not to be duplicates of this one (read by duplicate detection only). */
  notDuplicateOf?: string[];

  /** Former names, oldest first (served through `names`, and as they are by ActorResolver.formerNames). */
  formerNames!: string[];

  /** The date each former name was replaced on (served through `names` and ActorResolver.renamedOn). */
  renamedOn!: string[];

  @Field(() => VisibilityEnum, { description: 'Who may see this actor.' })
  visibility!: Visibility;

  /** Named readers (served by ActorResolver.readers to editors only). */
  readers?: string[];

  @Field(() => Int, { description: 'Increases by one with every change; pass it as expectedVersion when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the actor was created.' })
  createdAt!: string;

  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: string;

  @Field(() => String, { description: 'Who changed it last.' })
  updatedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was soft-deleted; null while it is live.' })
  deletedAt!: string | null;
}

@ObjectType({ description: 'An actor in a page of results, with its cursor.' })
export class ActorEdge {
  @Field(() => String, { description: 'Opaque position of this actor in the list.' })
  cursor!: string;

  @Field(() => Actor, { description: 'The actor.' })
  node!: Actor;
}

@ObjectType({ description: 'A page of actors.' })
export class ActorConnection {
  @Field(() => Int, { description: 'How many actors match the filter and search, across all pages.' })
  totalCount!: number;

  @Field(() => [ActorEdge], { description: 'The actors of this page.' })
  edges!: ActorEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;
}
