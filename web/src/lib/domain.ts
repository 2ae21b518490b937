/** The shared vocabulary and record shapes of the client, as the API returns them. */

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
] as const;
export const MODES = ['COOPERATION', 'COMPLEMENTARITY', 'CONFRONTATION', 'CO_OPTATION'] as const;
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
  'OTHER',
] as const;

/** An actor as the map needs it. */
export interface MapActor {
  id: string;
  name: string;
  kind: string;
  tier: Tier;
  sector: Sector;
  country: string | null;
  themes: string[];
}

/** A relation as the map needs it. */
export interface MapRelation {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  directed: boolean;
  mode: string | null;
  engagement: string | null;
  themes: string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  confidence: number;
  unsourced: boolean;
}

export interface Theme {
  id: string;
  label: string;
}

/** "NATIONAL_AGENCY" → "National agency". */
export function humanize(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields of an actor its edit form changes, with the version the change is based on. */
export interface EditableActor {
  id: string;
  version: number;
  name: string;
  kind: string;
  tier: Tier;
  country: string | null;
  themes: string[];
  description: string | null;
  website: string | null;
}
