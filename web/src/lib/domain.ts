/** The shared vocabulary and record shapes of the client, as the API returns them. */
import { graphql } from '../gql';
import type {
  ActorKind,
  EditableActorFieldsFragment,
  MapActorFieldsFragment,
  MapRelationFieldsFragment,
  ParticipationRole,
  RelationType,
} from '../gql/graphql';

export const TIERS = ['GLOBAL', 'SUPRANATIONAL', 'NATIONAL', 'REGIONAL', 'LOCAL'] as const;
export type Tier = (typeof TIERS)[number];

export const SECTORS = ['GOVERNMENT', 'CIVIL_SOCIETY', 'PRIVATE', 'PHILANTHROPY', 'INTERNATIONAL', 'ACADEMIA'] as const;
export type Sector = (typeof SECTORS)[number];

export const RELATION_TYPES = [
  'FUNDS',
  'CONTRACTS',
  'DELIVERS_SERVICES_FOR',
  'PARTNERS_WITH',
  'MEMBER_OF',
  'CONSULTS',
  'COORDINATES',
  'ADVOCATES_TO',
  'SPONSORS',
  'SHARES_DATA_WITH',
  'DECENTRALISED_COOPERATION',
  'SUPPORTS',
  'CHALLENGES',
  'ESTABLISHED',
  'PART_OF',
  'PARTICIPATES_IN',
  'SUCCEEDS',
  'MERGED_INTO',
  'SPLIT_FROM',
] as const;
/** The part an organisation plays in an event, programme or statement (PARTICIPATES_IN only). */
export const PARTICIPATION_ROLES = [
  'ORGANISER',
  'FUNDER',
  'IMPLEMENTER',
  'PARTNER',
  'PARTICIPANT',
  'BENEFICIARY',
] as const;
/** Types read symmetrically, created undirected by default (the API's SYMMETRIC_RELATION_TYPES). */
export const SYMMETRIC_RELATION_TYPES: readonly (typeof RELATION_TYPES)[number][] = [
  'PARTNERS_WITH',
  'DECENTRALISED_COOPERATION',
  'SHARES_DATA_WITH',
];
export const MODES = ['COOPERATION', 'COMPLEMENTARITY', 'CONFRONTATION', 'CO_OPTATION'] as const;

/** Who may see a record (PRODUCT.md §3), widest first. */
export const VISIBILITIES = ['PUBLIC', 'WORKSPACE', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
/** How each visibility reads in a form or a badge. */
export const VISIBILITY_LABELS: Record<Visibility, { short: string; long: string }> = {
  PUBLIC: { short: 'Public', long: 'Public: anyone, also without an account' },
  WORKSPACE: { short: 'Members', long: 'Members of this workspace only' },
  RESTRICTED: { short: 'Restricted', long: 'Restricted: owners and editors only' },
};

/** A member's role in a workspace, strongest first. */
export const ROLES = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner: manages members, settings and tokens',
  EDITOR: 'Editor: edits actors, relations and sources',
  VIEWER: 'Viewer: reads members-only records',
};
export const ENGAGEMENTS = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'] as const;

export const KINDS = [
  'MINISTRY',
  'NATIONAL_AGENCY',
  'REGIONAL_AUTHORITY',
  'MUNICIPALITY',
  'NGO',
  'MIGRANT_LED_ORGANISATION',
  'DIASPORA_ORGANISATION',
  'FAITH_BASED_ORGANISATION',
  'FOUNDATION',
  'BUSINESS',
  'EMPLOYER_ASSOCIATION',
  'TRADE_UNION',
  'INTERNATIONAL_ORGANISATION',
  'UN_AGENCY',
  'EU_BODY',
  'ACADEMIC',
  'NETWORK',
  'FORUM_OR_MECHANISM',
  'PROGRAMME_OR_FUND',
  'COMMUNITY_GROUP',
  'EVENT',
  'POLICY_INSTRUMENT',
  'MEDIA',
  'SCHOOL',
  'PARLIAMENT',
  'COURT',
  'OTHER',
] as const;

/** True when a list names every value of the API's enum (from codegen): a new API value fails the build here. */
type Covers<Enum extends string, List extends readonly string[]> = [Exclude<Enum, List[number]>] extends [never]
  ? true
  : false;
export const VOCABULARY_COMPLETE: [
  Covers<ActorKind, typeof KINDS>,
  Covers<RelationType, typeof RELATION_TYPES>,
  Covers<ParticipationRole, typeof PARTICIPATION_ROLES>,
] = [true, true, true];

/** The fields of an actor the map draws and filters on. */
export const MapActorFields = graphql(`
  fragment MapActorFields on Actor {
    id
    name
    kind
    tier
    sector
    country
    themes
    since
    until
    formerNames
    renamedOn
    shortName
  }
`);

/** The fields of a relation the map draws and filters on. */
export const MapRelationFields = graphql(`
  fragment MapRelationFields on Relation {
    id
    type
    sourceId
    targetId
    directed
    mode
    engagement
    themes
    since
    until
    amount
    currency
    confidence
  }
`);

/** The fields of an actor its edit form changes, with the version the change is based on. */
export const EditableActorFields = graphql(`
  fragment EditableActorFields on Actor {
    id
    version
    name
    kind
    tier
    country
    city
    aliases
    localizedAliases {
      name
      language
    }
    identifiers {
      scheme
      value
    }
    originCountries
    founded
    themes
    populationsServed
    services
    languages
    description
    website
    visibility
  }
`);

/** An actor as the map needs it. */
export type MapActor = MapActorFieldsFragment;

/** A relation as the map needs it. */
export type MapRelation = MapRelationFieldsFragment;

/** An actor's editable fields and version. */
export type EditableActor = EditableActorFieldsFragment;

export interface Theme {
  id: string;
  label: string;
}

/** Words of the vocabulary written in capitals (NGO, UN agency, EU body). */
const ACRONYMS = new Set(['ngo', 'un', 'eu']);
/** Word pairs of the vocabulary written with a hyphen (migrant-led, faith-based, co-optation). */
const HYPHENATED = /\b(migrant|faith|co) (led|based|optation)\b/g;

/**
 * A vocabulary value as words, as the API's vocabulary labels write it: "NATIONAL_AGENCY" → "National
 * agency", "NGO" → "NGO", "UN_AGENCY" → "UN agency", "MIGRANT_LED_ORGANISATION" → "Migrant-led organisation".
 */
export function humanize(value: string): string {
  const words = value
    .toLowerCase()
    .split('_')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ')
    .replace(HYPHENATED, '$1-$2');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
