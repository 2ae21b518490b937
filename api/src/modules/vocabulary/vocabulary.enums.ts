import { registerEnumType } from 'type-graphql';
import {
  ENGAGEMENT_TERMS,
  FUNDING_FORM_TERMS,
  FUNDING_SOURCE_TERMS,
  FUNDING_TERM_TERMS,
  KIND_TERMS,
  MODE_TERMS,
  PARTICIPATION_ROLE_TERMS,
  RELATION_TYPE_TERMS,
  TIER_TERMS,
  VISIBILITY_TERMS,
  type Term,
} from '../../domain/vocabulary-terms';
import { SECTORS } from '../../domain/vocabulary';
import { POPULATION_TERMS, SERVICE_TERMS } from '../../domain/capacity';

/** A GraphQL enum object built from a closed vocabulary, so the schema and the domain never drift. */
function vocabularyEnum<K extends string>(
  name: string,
  description: string,
  terms: Readonly<Record<K, Term>>,
): Record<K, K> {
  const values = Object.fromEntries(Object.keys(terms).map((key) => [key, key])) as Record<K, K>;
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries<Term>(terms).map(([key, term]) => [key, { description: term.description }]),
    ) as never,
  });
  return values;
}

export const TierEnum = vocabularyEnum('Tier', 'Governance tier, from local to global.', TIER_TERMS);
export const ActorKindEnum = vocabularyEnum(
  'ActorKind',
  'What kind of organisation an actor is; determines its sector.',
  KIND_TERMS,
);
export const RelationTypeEnum = vocabularyEnum(
  'RelationType',
  'What a relation between two actors is.',
  RELATION_TYPE_TERMS,
);
export const ModeEnum = vocabularyEnum('Mode', "Najam's four Cs of government–civil-society relations.", MODE_TERMS);
export const EngagementEnum = vocabularyEnum(
  'EngagementLevel',
  'IAP2 spectrum of public participation, lowest first.',
  ENGAGEMENT_TERMS,
);
export const ParticipationRoleEnum = vocabularyEnum(
  'ParticipationRole',
  'The part an organisation plays in an event, programme or statement it takes part in (PARTICIPATES_IN).',
  PARTICIPATION_ROLE_TERMS,
);
export const FundingSourceEnum = vocabularyEnum(
  'FundingSource',
  'Where the money of a FUNDS tie comes from. Unset on a tie, it is read from the funder’s sector: government and international (supranational, global) bodies PUBLIC, philanthropy PHILANTHROPIC, businesses PRIVATE, others unknown.',
  FUNDING_SOURCE_TERMS,
);
export const FundingTermEnum = vocabularyEnum(
  'FundingTerm',
  'How long a FUNDS tie commits the funder.',
  FUNDING_TERM_TERMS,
);
export const FundingFormEnum = vocabularyEnum(
  'FundingForm',
  'What a FUNDS tie gives: a grant, a re-grant the recipient passes on, or support in kind.',
  FUNDING_FORM_TERMS,
);
export const PopulationEnum = vocabularyEnum(
  'Population',
  'A group of people an actor serves (its capacity profile; the partner finder compares them).',
  POPULATION_TERMS,
);
export const ServiceEnum = vocabularyEnum(
  'Service',
  'A service an actor offers (its capacity profile; the partner finder compares them).',
  SERVICE_TERMS,
);
export const VisibilityEnum = vocabularyEnum('Visibility', 'Who may see a record.', VISIBILITY_TERMS);

export const SectorEnum = Object.fromEntries(SECTORS.map((sector) => [sector, sector])) as Record<
  (typeof SECTORS)[number],
  (typeof SECTORS)[number]
>;
registerEnumType(SectorEnum, { name: 'Sector', description: 'Sector of society, derived from the actor kind.' });
