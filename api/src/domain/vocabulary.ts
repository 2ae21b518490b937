/**
 * The closed vocabulary of Tiermap (PRODUCT.md section 2). Everything that varies in a label, a
 * relationship type or an enum comes from here, never from user input.
 */

export const TIERS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'SUPRANATIONAL', 'GLOBAL'] as const;
export type Tier = (typeof TIERS)[number];

export const SECTORS = ['GOVERNMENT', 'CIVIL_SOCIETY', 'PRIVATE', 'PHILANTHROPY', 'INTERNATIONAL', 'ACADEMIA'] as const;
export type Sector = (typeof SECTORS)[number];

/** Actor kinds with the sector each one belongs to. */
export const KIND_SECTOR = {
  MINISTRY: 'GOVERNMENT',
  NATIONAL_AGENCY: 'GOVERNMENT',
  REGIONAL_AUTHORITY: 'GOVERNMENT',
  MUNICIPALITY: 'GOVERNMENT',
  NGO: 'CIVIL_SOCIETY',
  MIGRANT_LED_ORGANISATION: 'CIVIL_SOCIETY',
  DIASPORA_ORGANISATION: 'CIVIL_SOCIETY',
  FAITH_BASED_ORGANISATION: 'CIVIL_SOCIETY',
  FOUNDATION: 'PHILANTHROPY',
  BUSINESS: 'PRIVATE',
  EMPLOYER_ASSOCIATION: 'PRIVATE',
  TRADE_UNION: 'CIVIL_SOCIETY',
  INTERNATIONAL_ORGANISATION: 'INTERNATIONAL',
  UN_AGENCY: 'INTERNATIONAL',
  EU_BODY: 'INTERNATIONAL',
  ACADEMIC: 'ACADEMIA',
  NETWORK: 'CIVIL_SOCIETY',
  FORUM_OR_MECHANISM: 'INTERNATIONAL',
  PROGRAMME_OR_FUND: 'INTERNATIONAL',
  COMMUNITY_GROUP: 'CIVIL_SOCIETY',
  EVENT: 'INTERNATIONAL',
  POLICY_INSTRUMENT: 'GOVERNMENT',
  MEDIA: 'PRIVATE',
  SCHOOL: 'ACADEMIA',
  PARLIAMENT: 'GOVERNMENT',
  COURT: 'GOVERNMENT',
  OTHER: 'CIVIL_SOCIETY',
} as const satisfies Record<string, Sector>;
export type ActorKind = keyof typeof KIND_SECTOR;
export const ACTOR_KINDS = Object.keys(KIND_SECTOR) as ActorKind[];

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
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Succession between institutions (docs/adr/0024): stored as relations, for their evidence, history and
 * revert, but they are not ties — the analyses read them as `GraphData.successions`, never as edges.
 * `SUCCEEDS` and `SPLIT_FROM` run from the later actor to the earlier; `MERGED_INTO` from the merged one
 * to the one it merged into. Each is dated by its `since`.
 */
export const SUCCESSION_TYPES = ['SUCCEEDS', 'MERGED_INTO', 'SPLIT_FROM'] as const satisfies readonly RelationType[];
export type SuccessionType = (typeof SUCCESSION_TYPES)[number];

/** Whether a relation type is a succession rather than a tie. */
export function isSuccessionType(type: RelationType): type is SuccessionType {
  return (SUCCESSION_TYPES as readonly RelationType[]).includes(type);
}

/** Types whose natural reading is symmetric: created undirected unless the input says otherwise. */
export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = [
  'PARTNERS_WITH',
  'DECENTRALISED_COOPERATION',
  'SHARES_DATA_WITH',
];

/**
 * Kinds that are occasions rather than organisations: an event (an academy, a summit, a consultation
 * round) or a policy instrument (a coalition statement, a compact). Organisations take part in them
 * (PARTICIPATES_IN); they pass nothing on themselves, so the organisation layer leaves them out.
 */
export const OCCASION_KINDS: readonly ActorKind[] = ['EVENT', 'POLICY_INSTRUMENT'];

/** The relation type that links an organisation to an event, programme or statement it takes part in. */
export const PARTICIPATION_TYPE: RelationType = 'PARTICIPATES_IN';

/** The part an organisation plays in an event, programme or statement (PARTICIPATES_IN only). */
export const PARTICIPATION_ROLES = [
  'ORGANISER',
  'FUNDER',
  'IMPLEMENTER',
  'PARTNER',
  'PARTICIPANT',
  'BENEFICIARY',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** Where the money of a FUNDS tie comes from (issue 20): the state, the market, or philanthropy. */
export const FUNDING_SOURCES = ['PUBLIC', 'PRIVATE', 'PHILANTHROPIC'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** How long a FUNDS tie commits the funder. */
export const FUNDING_TERMS = ['MULTI_YEAR', 'SHORT_TERM'] as const;
export type FundingTerm = (typeof FUNDING_TERMS)[number];

/**
 * What a FUNDS tie gives: money for the recipient's own work (GRANT), money the recipient passes on
 * to others (REGRANT), or goods, staff or premises (IN_KIND, which is no money and adds to no sum).
 */
export const FUNDING_FORMS = ['GRANT', 'REGRANT', 'IN_KIND'] as const;
export type FundingForm = (typeof FUNDING_FORMS)[number];

/**
 * The funding source a FUNDS tie without one is read as, from its funder's sector: government and
 * international bodies (supranational and global, financed by states) give PUBLIC money, philanthropy
 * PHILANTHROPIC, businesses PRIVATE; civil society and academia pass on money of any origin (null).
 */
export function defaultFundingSource(sector: Sector): FundingSource | null {
  switch (sector) {
    case 'GOVERNMENT':
    case 'INTERNATIONAL':
      return 'PUBLIC';
    case 'PHILANTHROPY':
      return 'PHILANTHROPIC';
    case 'PRIVATE':
      return 'PRIVATE';
    default:
      return null;
  }
}

/** Najam's four Cs of government–civil-society relations. */
export const MODES = ['COOPERATION', 'COMPLEMENTARITY', 'CONFRONTATION', 'CO_OPTATION'] as const;
export type Mode = (typeof MODES)[number];

/** IAP2 spectrum of public participation, lowest first. */
export const ENGAGEMENT_LEVELS = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const VISIBILITIES = ['PUBLIC', 'WORKSPACE', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface ThemeDefinition {
  /** kebab-case identifier, stable across workspaces. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** The built-in themes; workspaces may add their own. */
export const BUILT_IN_THEMES: readonly ThemeDefinition[] = [
  {
    id: 'reception',
    label: 'Reception',
    description: 'First reception of newcomers and asylum seekers: accommodation, registration, basic needs.',
  },
  {
    id: 'integration-inclusion',
    label: 'Integration and inclusion',
    description: 'Long-term integration and social, economic and civic inclusion of migrants and refugees.',
  },
  {
    id: 'protection',
    label: 'Protection',
    description: 'Legal and physical protection, including asylum procedures and the rights of people on the move.',
  },
  {
    id: 'labour-migration',
    label: 'Labour migration',
    description: 'Recruitment, labour-market access, skills recognition and decent work for migrant workers.',
  },
  {
    id: 'diaspora-engagement',
    label: 'Diaspora engagement',
    description: 'Diaspora contributions to development, remittances, and ties to countries of origin.',
  },
  {
    id: 'xenophobia-social-cohesion',
    label: 'Xenophobia and social cohesion',
    description: 'Countering xenophobia and discrimination, changing narratives, building cohesive communities.',
  },
  {
    id: 'return-reintegration',
    label: 'Return and reintegration',
    description: 'Voluntary and forced return, and reintegration in the country of origin.',
  },
  {
    id: 'search-rescue',
    label: 'Search and rescue',
    description: 'Rescue of people in distress at sea or on land routes.',
  },
  {
    id: 'resettlement-sponsorship',
    label: 'Resettlement and community sponsorship',
    description: 'Resettlement programmes and private or community sponsorship of refugees.',
  },
  {
    id: 'data-evidence',
    label: 'Data and evidence',
    description: 'Data collection, research and evidence for migration policy.',
  },
  {
    id: 'crisis-response',
    label: 'Crisis response',
    description: 'Emergency response to large or sudden arrivals and to crises affecting migrants.',
  },
  {
    id: 'policy-participation',
    label: 'Policy participation',
    description: 'Participation of civil society and migrants in policy making and governance.',
  },
];

export const TIER_RANK: Readonly<Record<Tier, number>> = {
  LOCAL: 0,
  REGIONAL: 1,
  NATIONAL: 2,
  SUPRANATIONAL: 3,
  GLOBAL: 4,
};

/** The sector an actor belongs to, derived from its kind. */
export function sectorOf(kind: ActorKind): Sector {
  return KIND_SECTOR[kind];
}

/** Cooperative ties are every type except CHALLENGES, in any mode except CONFRONTATION. */
export function isCooperative(type: RelationType, mode: Mode | null | undefined): boolean {
  return type !== 'CHALLENGES' && mode !== 'CONFRONTATION';
}
