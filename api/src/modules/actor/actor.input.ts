import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { ActorKind, Sector, Tier, Visibility } from '../../domain/vocabulary';
import { IdentifierInput, LocalizedAliasInput } from './identifier.type';
import type { Population, Service } from '../../domain/capacity';
import {
  ActorKindEnum,
  PopulationEnum,
  SectorEnum,
  ServiceEnum,
  TierEnum,
  VisibilityEnum,
} from '../vocabulary/vocabulary.enums';

export const ActorOrderEnum = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
  UPDATED_DESC: 'UPDATED_DESC',
  CREATED_ASC: 'CREATED_ASC',
  RELEVANCE: 'RELEVANCE',
} as const;
registerEnumType(ActorOrderEnum, {
  name: 'ActorOrder',
  description: 'Order of an actor list. With `search`, results always come by RELEVANCE.',
});

@InputType({ description: 'A new actor. Name, kind and tier are required; the sector follows from the kind.' })
export class ActorInput {
  @Field(() => String, { nullable: true, description: 'Id in an outside dataset (letters, digits, . _ : / -).' })
  externalId?: string | null;

  @Field(() => String, { description: 'Name, 1–300 characters.' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names and acronyms (at most 50).' })
  aliases?: string[];

  @Field(() => [LocalizedAliasInput], {
    nullable: true,
    description: 'Other names with their languages; when given, replaces `aliases`.',
  })
  localizedAliases?: LocalizedAliasInput[];

  @Field(() => [IdentifierInput], {
    nullable: true,
    description:
      'Identifiers in outside registers (at most 20); each unique among the workspace’s live actors (BAD_USER_INPUT names the actor that holds it).',
  })
  identifiers?: IdentifierInput[];

  @Field(() => ActorKindEnum, { description: 'Kind of organisation.' })
  kind!: ActorKind;

  @Field(() => TierEnum, { description: 'Governance tier.' })
  tier!: Tier;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. GR.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Countries of origin (ISO alpha-2) of a diaspora or migrant-led organisation.',
  })
  originCountries?: string[];

  @Field(() => [String], { nullable: true, description: 'Theme ids; each must exist in the workspace vocabulary.' })
  themes?: string[];

  @Field(() => [PopulationEnum], { nullable: true, description: 'Groups of people it serves (capacity profile).' })
  populationsServed?: Population[];

  @Field(() => [ServiceEnum], { nullable: true, description: 'Services it offers (capacity profile).' })
  services?: Service[];

  @Field(() => [String], {
    nullable: true,
    description: 'Languages it works in: ISO 639-1 codes such as wo or el (at most 50; see `vocabulary.languages`).',
  })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'Description, up to 5,000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site, an absolute http(s) URL.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Founded: YYYY, YYYY-MM or YYYY-MM-DD.' })
  founded?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day of its lifespan: YYYY, YYYY-MM or YYYY-MM-DD; empty: for as long as we know.',
  })
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of its lifespan (dissolved, merged away): YYYY, YYYY-MM or YYYY-MM-DD; not before since.',
  })
  until?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PUBLIC by default.' })
  visibility?: Visibility;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (user ids) who may see this actor although they are viewers: named readers of a RESTRICTED actor. They see it in lists, search, by id and around it; the map and the analytics, computed per visibility class, leave it out.',
  })
  readers?: string[];
}

@InputType({ description: 'Changes to an actor: only the fields given are changed; null clears an optional field.' })
export class ActorPatch {
  @Field(() => String, { nullable: true, description: 'Id in an outside dataset.' })
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, 1–300 characters; cannot be cleared.' })
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases (each keeps its language).' })
  aliases?: string[];

  @Field(() => [LocalizedAliasInput], {
    nullable: true,
    description: 'Replaces the aliases and their languages; when given, `aliases` is ignored.',
  })
  localizedAliases?: LocalizedAliasInput[] | null;

  @Field(() => [IdentifierInput], { nullable: true, description: 'Replaces the identifiers.' })
  identifiers?: IdentifierInput[] | null;

  @Field(() => ActorKindEnum, { nullable: true, description: 'Kind of organisation; the sector follows.' })
  kind?: ActorKind;

  @Field(() => TierEnum, { nullable: true, description: 'Governance tier.' })
  tier?: Tier;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the countries of origin.' })
  originCountries?: string[];

  @Field(() => [String], { nullable: true, description: 'Replaces the themes.' })
  themes?: string[];

  @Field(() => [PopulationEnum], { nullable: true, description: 'Replaces the populations served.' })
  populationsServed?: Population[];

  @Field(() => [ServiceEnum], { nullable: true, description: 'Replaces the services.' })
  services?: Service[];

  @Field(() => [String], { nullable: true, description: 'Replaces the languages (ISO 639-1 codes).' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Founded: YYYY, YYYY-MM or YYYY-MM-DD.' })
  founded?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day of its lifespan: YYYY, YYYY-MM or YYYY-MM-DD; empty: for as long as we know.',
  })
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of its lifespan (dissolved, merged away): YYYY, YYYY-MM or YYYY-MM-DD; not before since.',
  })
  until?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  visibility?: Visibility;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (user ids) who may see this actor although they are viewers: named readers of a RESTRICTED actor. They see it in lists, search, by id and around it; the map and the analytics, computed per visibility class, leave it out.',
  })
  readers?: string[];
}

@InputType({ description: 'Which actors to list; every facet is optional, lists match any of their values.' })
export class ActorFilter {
  @Field(() => [TierEnum], { nullable: true, description: 'Any of these tiers.' })
  tiers?: Tier[];

  @Field(() => [ActorKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ActorKind[];

  @Field(() => [SectorEnum], { nullable: true, description: 'Any of these sectors.' })
  sectors?: Sector[];

  @Field(() => [String], { nullable: true, description: 'Any of these countries (ISO alpha-2).' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Working on any of these themes.' })
  themes?: string[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'Only this visibility.' })
  visibility?: Visibility;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only actors without live relations; false: only actors with some.',
  })
  hasNoRelations?: boolean;

  @Field(() => String, { nullable: true, description: 'Changed at or after this ISO timestamp.' })
  updatedSince?: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: only actors present that day (inside their lifespan since–until).',
  })
  asOf?: string;

  @Field(() => [String], { nullable: true, description: 'Only these external ids.' })
  externalIds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Include soft-deleted actors (default false).' })
  includeDeleted?: boolean;
}
