import { Field, Float, InputType } from 'type-graphql';
import type { Mode, RelationType } from '../../domain/vocabulary';
import type { EventLayerMode } from '../../graph/event-layer';
import { ModeEnum, RelationTypeEnum } from '../vocabulary/vocabulary.enums';
import { EventLayerEnum } from './analytics.enums';

@InputType('CrossBorderInput', {
  description:
    'A cross-border reading of tiers: a corridor (origin, transit, destination countries, at least two in all) read as one system, or every country at once. ISO 3166-1 alpha-2 codes.',
})
export class CrossBorderInput {
  @Field(() => String, { nullable: true, description: 'Country of origin.' })
  origin?: string | null;

  @Field(() => [String], { nullable: true, description: 'Countries of transit.' })
  transit?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Country of destination.' })
  destination?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Every country as one system (tiers of different countries paired); not with a corridor.',
  })
  everyCountry?: boolean | null;
}

@InputType('AnalyticsFilter', {
  description:
    'Narrows the graph every analysis of the request runs on. Relation filters (types, modes, minConfidence) keep every actor; themes and countries select actors too (see each field).',
})
export class AnalyticsFilterInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Theme ids: keeps relations on any of them (their own themes, or both ends’ shared themes when they have none) and the actors working on them or tied by a kept relation.',
  })
  themes?: string[] | null;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Keeps relations of these types only.' })
  types?: RelationType[] | null;

  @Field(() => [ModeEnum], {
    nullable: true,
    description: 'Keeps relations in these modes only; relations without a mode are left out when set.',
  })
  modes?: Mode[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'ISO 3166-1 alpha-2 codes: keeps relations with at least one end in these countries, and the actors based there or tied by a kept relation.',
  })
  countries?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Keeps relations whose confidence is at least this (0–1).' })
  minConfidence?: number | null;

  @Field(() => EventLayerEnum, {
    nullable: true,
    description:
      'How events, policy instruments and participations enter: EXCLUDED (the default: organisation ties only), PROJECTED (co-participation ties weighted 1/(n−1)) or INCLUDED (as stored).',
  })
  eventLayer?: EventLayerMode | null;

  @Field(() => CrossBorderInput, {
    nullable: true,
    description:
      'Read tiers across borders. By default vertical gaps, coverage by country and the tier-complementarity reason of suggestions and partners are computed per national system: a country’s local, regional and national actors, plus the supranational and global actors tied to them (membership, funding, coordination or any other cooperative organisation tie) and, for EU bodies, the EU’s member states. A city of one country is then never paired with a region of another. Give a corridor or everyCountry to read several countries as one system.',
  })
  crossBorder?: CrossBorderInput | null;
}

@InputType('CorridorInput', {
  description:
    'A diaspora corridor, from an origin country to a destination country (ISO 3166-1 alpha-2); either end may be left out, not both.',
})
export class CorridorInput {
  @Field(() => String, { nullable: true, description: 'Country of origin.' })
  origin?: string | null;

  @Field(() => String, { nullable: true, description: 'Country of destination (residence of the diaspora).' })
  destination?: string | null;
}
