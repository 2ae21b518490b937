import { Field, ObjectType } from 'type-graphql';
import type {
  ActorKind,
  EngagementLevel,
  Mode,
  ParticipationRole,
  RelationType,
  Sector,
  Tier,
} from '../../domain/vocabulary';
import {
  ActorKindEnum,
  EngagementEnum,
  ModeEnum,
  ParticipationRoleEnum,
  RelationTypeEnum,
  SectorEnum,
  TierEnum,
} from './vocabulary.enums';

@ObjectType({ description: 'A vocabulary entry with a label and a description.' })
export class VocabularyTerm {
  @Field(() => String, { description: 'The enum value or theme id.' })
  id!: string;

  @Field(() => String, { description: 'Label shown to people.' })
  label!: string;

  @Field(() => String, { description: 'What the term means.' })
  description!: string;
}

@ObjectType({ description: 'An actor kind with the sector it belongs to.' })
export class KindTerm extends VocabularyTerm {
  @Field(() => SectorEnum, { description: 'Sector of actors of this kind.' })
  sector!: Sector;
}

@ObjectType({ description: 'A theme of the vocabulary; workspaces may add their own.' })
export class Theme {
  @Field(() => String, { description: 'kebab-case id.' })
  id!: string;

  @Field(() => String, { description: 'Label shown to people.' })
  label!: string;

  @Field(() => String, { description: 'What the theme covers.' })
  description!: string;

  @Field(() => Boolean, { description: 'True for themes every workspace has; false for a workspace’s own.' })
  builtIn!: boolean;
}

@ObjectType({ description: 'A country: its ISO 3166-1 alpha-2 code and English name.' })
export class Country {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, as actors carry it.' })
  code!: string;

  @Field(() => String, { description: 'English short name (Unicode CLDR).' })
  name!: string;
}

@ObjectType({ description: 'A language: its ISO 639-1 code and English name.' })
export class Language {
  @Field(() => String, { description: 'ISO 639-1 code, as actors carry it, e.g. wo.' })
  code!: string;

  @Field(() => String, { description: 'English name (Unicode CLDR), e.g. Wolof.' })
  name!: string;
}

@ObjectType({ description: 'The closed vocabulary of Tiermap plus the themes of a workspace.' })
export class Vocabulary {
  @Field(() => [TierEnum], { description: 'Tiers, local first.' })
  tiers!: Tier[];

  @Field(() => [ActorKindEnum], { description: 'Actor kinds.' })
  kinds!: ActorKind[];

  @Field(() => [SectorEnum], { description: 'Sectors.' })
  sectors!: Sector[];

  @Field(() => [RelationTypeEnum], { description: 'Relation types.' })
  relationTypes!: RelationType[];

  @Field(() => [ModeEnum], { description: "Najam's modes." })
  modes!: Mode[];

  @Field(() => [ParticipationRoleEnum], { description: 'Roles of a PARTICIPATES_IN relation.' })
  participationRoles!: ParticipationRole[];

  @Field(() => [EngagementEnum], { description: 'IAP2 engagement levels, lowest first.' })
  engagementLevels!: EngagementLevel[];

  @Field(() => [Theme], { description: 'Built-in themes, plus the workspace’s own when a workspace is given.' })
  themes!: Theme[];

  @Field(() => [VocabularyTerm], { description: 'Tiers with labels and descriptions.' })
  tierTerms!: VocabularyTerm[];

  @Field(() => [KindTerm], { description: 'Kinds with labels, descriptions and sectors.' })
  kindTerms!: KindTerm[];

  @Field(() => [VocabularyTerm], { description: 'Relation types with labels and descriptions.' })
  relationTypeTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Modes with labels and descriptions.' })
  modeTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Participation roles with labels and descriptions.' })
  participationRoleTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Engagement levels with labels and descriptions.' })
  engagementTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Populations an actor may serve, with labels and descriptions.' })
  populationTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Services an actor may offer, with labels and descriptions.' })
  serviceTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], {
    description: 'Where the money of a FUNDS relation comes from (fundingSource), with labels and descriptions.',
  })
  fundingSourceTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], {
    description: 'How long a FUNDS relation commits money (fundingTerm), with labels and descriptions.',
  })
  fundingTermTerms!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], {
    description: 'What a FUNDS relation gives (fundingForm: grant, in kind, re-grant), with labels and descriptions.',
  })
  fundingFormTerms!: VocabularyTerm[];

  @Field(() => [Language], { description: 'Every ISO 639-1 code an actor may work in, with its name, by code.' })
  languages!: Language[];

  @Field(() => [Country], { description: 'Every ISO 3166-1 alpha-2 code an actor may carry, with its name, by code.' })
  countries!: Country[];
}
