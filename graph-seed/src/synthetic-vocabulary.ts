import type { ActorKind, Tier } from '../../api/src/domain/vocabulary';

/**
 * The proportions behind synthetic maps. The numbers are plausible shapes for a migration-governance
 * ecosystem (many local actors, few global ones, a handful of large countries), not measurements.
 */

/** Twelve countries with skewed sizes: destination countries first, then countries of origin. */
export const COUNTRY_WEIGHTS = {
  DE: 0.17,
  US: 0.14,
  FR: 0.12,
  IT: 0.11,
  ES: 0.09,
  GB: 0.08,
  GR: 0.07,
  CA: 0.06,
  PH: 0.05,
  MX: 0.05,
  MA: 0.03,
  SN: 0.03,
} as const;
export type SyntheticCountry = keyof typeof COUNTRY_WEIGHTS;
export const SYNTHETIC_COUNTRIES = Object.keys(COUNTRY_WEIGHTS) as SyntheticCountry[];

/** Where diaspora organisations in each country come from; several corridors stay inside the twelve. */
export const CORRIDORS: Readonly<Record<SyntheticCountry, readonly string[]>> = {
  DE: ['TR', 'SY', 'MA', 'PL'],
  US: ['MX', 'PH', 'SV', 'IN'],
  FR: ['SN', 'MA', 'DZ'],
  IT: ['MA', 'SN', 'AL', 'RO'],
  ES: ['MA', 'SN', 'EC', 'CO'],
  GB: ['PH', 'IN', 'PK', 'NG'],
  GR: ['AL', 'SY', 'AF'],
  CA: ['PH', 'IN', 'MX', 'CN'],
  PH: ['ID', 'MY'],
  MX: ['GT', 'HN', 'SV'],
  MA: ['SN', 'ML', 'CI'],
  SN: ['GN', 'ML', 'GM'],
};

/** Funding currency by the funder's country; funders without a country (EU, UN) are handled by kind. */
export const USD_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'PH', 'MX']);

export const TIER_SHARES: Readonly<Record<Tier, number>> = {
  LOCAL: 0.4,
  REGIONAL: 0.15,
  NATIONAL: 0.3,
  SUPRANATIONAL: 0.05,
  GLOBAL: 0.1,
};

/** Kinds that plausibly sit on each tier: municipalities are local, ministries national, UN agencies global. */
export const KIND_WEIGHTS_BY_TIER: Readonly<Record<Tier, Readonly<Partial<Record<ActorKind, number>>>>> = {
  LOCAL: {
    MUNICIPALITY: 20,
    NGO: 24,
    MIGRANT_LED_ORGANISATION: 12,
    DIASPORA_ORGANISATION: 10,
    FAITH_BASED_ORGANISATION: 8,
    COMMUNITY_GROUP: 12,
    BUSINESS: 5,
    ACADEMIC: 3,
    FOUNDATION: 3,
    TRADE_UNION: 3,
  },
  REGIONAL: {
    REGIONAL_AUTHORITY: 30,
    NGO: 18,
    NETWORK: 10,
    FOUNDATION: 6,
    EMPLOYER_ASSOCIATION: 5,
    TRADE_UNION: 5,
    ACADEMIC: 8,
    DIASPORA_ORGANISATION: 6,
    FAITH_BASED_ORGANISATION: 7,
    PROGRAMME_OR_FUND: 5,
  },
  NATIONAL: {
    MINISTRY: 12,
    NATIONAL_AGENCY: 12,
    NGO: 20,
    NETWORK: 8,
    FOUNDATION: 8,
    ACADEMIC: 10,
    DIASPORA_ORGANISATION: 7,
    MIGRANT_LED_ORGANISATION: 5,
    TRADE_UNION: 5,
    EMPLOYER_ASSOCIATION: 5,
    BUSINESS: 4,
    PROGRAMME_OR_FUND: 4,
  },
  SUPRANATIONAL: {
    EU_BODY: 30,
    NETWORK: 25,
    PROGRAMME_OR_FUND: 15,
    NGO: 15,
    FORUM_OR_MECHANISM: 10,
    FOUNDATION: 5,
  },
  GLOBAL: {
    UN_AGENCY: 25,
    INTERNATIONAL_ORGANISATION: 15,
    NGO: 20,
    FOUNDATION: 10,
    FORUM_OR_MECHANISM: 10,
    NETWORK: 15,
    BUSINESS: 5,
  },
};

/** Kinds that give money (FUNDS ties start here). */
export const FUNDER_KINDS: ReadonlySet<ActorKind> = new Set(['FOUNDATION', 'MINISTRY', 'EU_BODY', 'UN_AGENCY']);

/** Median grant by funder kind, in the funder's currency; amounts are log-normal around it. */
export const GRANT_MEDIAN: Readonly<Partial<Record<ActorKind, number>>> = {
  FOUNDATION: 60_000,
  MINISTRY: 250_000,
  EU_BODY: 500_000,
  UN_AGENCY: 200_000,
};

/** Kinds that receive grants. */
export const RECIPIENT_KINDS: ReadonlySet<ActorKind> = new Set([
  'NGO',
  'MIGRANT_LED_ORGANISATION',
  'DIASPORA_ORGANISATION',
  'FAITH_BASED_ORGANISATION',
  'COMMUNITY_GROUP',
  'MUNICIPALITY',
  'REGIONAL_AUTHORITY',
  'PROGRAMME_OR_FUND',
  'ACADEMIC',
  'NETWORK',
]);

/**
 * How likely a kind is to become a hub: it joins the growing graph earlier and so collects more
 * ties under preferential attachment.
 */
export const HUB_WEIGHT: Readonly<Partial<Record<ActorKind, number>>> = {
  UN_AGENCY: 6,
  EU_BODY: 5,
  INTERNATIONAL_ORGANISATION: 4,
  MINISTRY: 4,
  NETWORK: 4,
  FORUM_OR_MECHANISM: 3,
  FOUNDATION: 3,
  NATIONAL_AGENCY: 2.5,
  REGIONAL_AUTHORITY: 2,
  MUNICIPALITY: 1.5,
};

/** Built-in theme ids grouped into three clusters; a community is a country × cluster. */
export const THEME_CLUSTERS = {
  protection: ['reception', 'protection', 'crisis-response', 'search-rescue', 'resettlement-sponsorship'],
  inclusion: ['integration-inclusion', 'xenophobia-social-cohesion', 'policy-participation', 'data-evidence'],
  mobility: ['labour-migration', 'diaspora-engagement', 'return-reintegration'],
} as const;
export type ThemeCluster = keyof typeof THEME_CLUSTERS;

export const CLUSTER_WEIGHTS: Readonly<Record<ThemeCluster, number>> = {
  protection: 0.35,
  inclusion: 0.42,
  mobility: 0.23,
};

/** Skewed theme popularity (roughly Zipf): integration is everywhere, search and rescue is niche. */
export const THEME_POPULARITY: Readonly<Record<string, number>> = {
  'integration-inclusion': 20,
  reception: 14,
  protection: 12,
  'labour-migration': 10,
  'policy-participation': 9,
  'xenophobia-social-cohesion': 8,
  'diaspora-engagement': 7,
  'data-evidence': 6,
  'crisis-response': 5,
  'return-reintegration': 4,
  'resettlement-sponsorship': 3,
  'search-rescue': 2,
};

/** Name patterns per kind; `{p}` is a made-up place name unique to the actor. */
export const NAME_PATTERNS: Readonly<Record<ActorKind, readonly string[]>> = {
  MINISTRY: ['Ministry of Migration ({p})', 'Ministry of Labour ({p})', 'Ministry of Social Affairs ({p})'],
  NATIONAL_AGENCY: ['{p} Asylum Service', '{p} Employment Agency', '{p} Integration Office', '{p} Statistics Office'],
  REGIONAL_AUTHORITY: ['Region of {p}', 'Province of {p}', '{p} County Council'],
  MUNICIPALITY: ['City of {p}', 'Municipality of {p}', '{p} Town Council'],
  NGO: ['{p} Refugee Council', '{p} Legal Aid Centre', 'Welcome {p}', '{p} Migrant Support', '{p} Rights Initiative'],
  MIGRANT_LED_ORGANISATION: ['{p} Migrant Workers Association', 'New Neighbours {p}', '{p} Refugee Voices'],
  DIASPORA_ORGANISATION: ['{p} Diaspora Association', '{p} Hometown Association', '{p} Diaspora Development Network'],
  FAITH_BASED_ORGANISATION: ['{p} Parish Welcome Group', '{p} Interfaith Refugee Service', '{p} Community Aid Mission'],
  FOUNDATION: ['{p} Foundation', '{p} Trust', '{p} Community Fund'],
  BUSINESS: ['{p} Recruitment Ltd', '{p} Remittance Services', '{p} Logistics Group'],
  EMPLOYER_ASSOCIATION: ['{p} Chamber of Commerce', '{p} Employers Federation'],
  TRADE_UNION: ['{p} Workers Union', '{p} Federation of Labour'],
  INTERNATIONAL_ORGANISATION: ['{p} Intergovernmental Migration Office', 'International {p} Commission'],
  UN_AGENCY: ['UN {p} Office', 'UN {p} Programme'],
  EU_BODY: ['EU {p} Agency', 'European {p} Fund Directorate'],
  ACADEMIC: ['{p} Institute for Migration Studies', 'University of {p}', '{p} Research Centre'],
  NETWORK: ['{p} Cities Network', '{p} Alliance for Inclusion', '{p} Coalition on Migration'],
  FORUM_OR_MECHANISM: ['{p} Migration Forum', '{p} Coordination Table', '{p} Dialogue'],
  PROGRAMME_OR_FUND: ['{p} Integration Programme', '{p} Resettlement Fund', '{p} Skills Programme'],
  COMMUNITY_GROUP: ['{p} Neighbourhood Group', '{p} Welcome Circle', '{p} Volunteers'],
  EVENT: ['{p} Migration Summit', '{p} Integration Conference'],
  POLICY_INSTRUMENT: ['{p} Integration Strategy', '{p} Compact on Migration'],
  MEDIA: ['{p} Daily', '{p} Radio'],
  SCHOOL: ['{p} Primary School', '{p} Language School'],
  PARLIAMENT: ['{p} Parliament', '{p} Assembly'],
  COURT: ['{p} Administrative Court', '{p} Asylum Tribunal'],
  OTHER: ['{p} Collective'],
};
