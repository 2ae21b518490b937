import {
  SYMMETRIC_RELATION_TYPES,
  TIER_RANK,
  type ActorKind,
  type EngagementLevel,
  type Mode,
  type RelationType,
} from '../../api/src/domain/vocabulary';
import type { ActorRecord, RelationRecord } from './graph-file.types';
import { WeightedChoice, type SeededRandom } from './seeded-random';
import { SYNTHETIC_SOURCE } from './synthetic-actors';
import { GRANT_MEDIAN, USD_COUNTRIES } from './synthetic-vocabulary';

/** Coarse roles that decide which relation types make sense between two actors. */
type Role = 'gov' | 'intl' | 'fund' | 'prog' | 'net' | 'acad' | 'priv' | 'cs';
const ROLE_ORDER: readonly Role[] = ['gov', 'intl', 'fund', 'prog', 'net', 'acad', 'priv', 'cs'];

const ROLE_OF: Readonly<Record<ActorKind, Role>> = {
  MINISTRY: 'gov',
  NATIONAL_AGENCY: 'gov',
  REGIONAL_AUTHORITY: 'gov',
  MUNICIPALITY: 'gov',
  UN_AGENCY: 'intl',
  INTERNATIONAL_ORGANISATION: 'intl',
  EU_BODY: 'intl',
  FOUNDATION: 'fund',
  PROGRAMME_OR_FUND: 'prog',
  NETWORK: 'net',
  FORUM_OR_MECHANISM: 'net',
  ACADEMIC: 'acad',
  BUSINESS: 'priv',
  EMPLOYER_ASSOCIATION: 'priv',
  NGO: 'cs',
  MIGRANT_LED_ORGANISATION: 'cs',
  DIASPORA_ORGANISATION: 'cs',
  FAITH_BASED_ORGANISATION: 'cs',
  COMMUNITY_GROUP: 'cs',
  TRADE_UNION: 'cs',
  EVENT: 'net',
  POLICY_INSTRUMENT: 'prog',
  MEDIA: 'priv',
  SCHOOL: 'acad',
  PARLIAMENT: 'gov',
  COURT: 'gov',
  OTHER: 'cs',
};

/** weight, type, and whether the first role of the pair is the source (`fwd`), the target (`rev`) or either. */
type Option = readonly [number, RelationType, 'fwd' | 'rev' | 'sym'];

/** Plausible relation types for each pair of roles, keyed `first|second` in ROLE_ORDER. */
// prettier-ignore
const OPTIONS: Readonly<Record<string, readonly Option[]>> = {
  'gov|intl': [[30, 'SUPPORTS', 'rev'], [20, 'COORDINATES', 'rev'], [25, 'PARTNERS_WITH', 'sym'], [15, 'SHARES_DATA_WITH', 'sym'], [10, 'MEMBER_OF', 'fwd']],
  'gov|fund': [[40, 'PARTNERS_WITH', 'sym'], [30, 'ADVOCATES_TO', 'rev'], [20, 'SHARES_DATA_WITH', 'sym'], [10, 'CONSULTS', 'fwd']],
  'gov|prog': [[35, 'ESTABLISHED', 'fwd'], [35, 'COORDINATES', 'fwd'], [15, 'PARTNERS_WITH', 'sym'], [15, 'SHARES_DATA_WITH', 'sym']],
  'gov|net': [[35, 'MEMBER_OF', 'fwd'], [25, 'CONSULTS', 'fwd'], [20, 'ADVOCATES_TO', 'rev'], [20, 'PARTNERS_WITH', 'sym']],
  'gov|acad': [[35, 'CONSULTS', 'fwd'], [25, 'CONTRACTS', 'fwd'], [25, 'SHARES_DATA_WITH', 'sym'], [15, 'PARTNERS_WITH', 'sym']],
  'gov|priv': [[30, 'CONTRACTS', 'fwd'], [25, 'PARTNERS_WITH', 'sym'], [25, 'ADVOCATES_TO', 'rev'], [20, 'CONSULTS', 'fwd']],
  'gov|cs': [[20, 'CONTRACTS', 'fwd'], [15, 'DELIVERS_SERVICES_FOR', 'rev'], [20, 'CONSULTS', 'fwd'], [15, 'ADVOCATES_TO', 'rev'], [20, 'PARTNERS_WITH', 'sym'], [10, 'COORDINATES', 'fwd']],
  'intl|intl': [[50, 'PARTNERS_WITH', 'sym'], [25, 'COORDINATES', 'fwd'], [25, 'SHARES_DATA_WITH', 'sym']],
  'intl|fund': [[50, 'PARTNERS_WITH', 'sym'], [25, 'SUPPORTS', 'rev'], [25, 'SHARES_DATA_WITH', 'sym']],
  'intl|prog': [[35, 'ESTABLISHED', 'fwd'], [35, 'COORDINATES', 'fwd'], [30, 'PARTNERS_WITH', 'sym']],
  'intl|net': [[40, 'PARTNERS_WITH', 'sym'], [30, 'CONSULTS', 'fwd'], [30, 'SUPPORTS', 'fwd']],
  'intl|acad': [[40, 'SHARES_DATA_WITH', 'sym'], [30, 'CONSULTS', 'fwd'], [30, 'PARTNERS_WITH', 'sym']],
  'intl|priv': [[50, 'PARTNERS_WITH', 'sym'], [30, 'CONSULTS', 'fwd'], [20, 'SUPPORTS', 'rev']],
  'intl|cs': [[30, 'CONSULTS', 'fwd'], [30, 'PARTNERS_WITH', 'sym'], [25, 'SUPPORTS', 'fwd'], [15, 'ADVOCATES_TO', 'rev']],
  'fund|fund': [[60, 'PARTNERS_WITH', 'sym'], [40, 'SHARES_DATA_WITH', 'sym']],
  'fund|prog': [[40, 'ESTABLISHED', 'fwd'], [30, 'SUPPORTS', 'fwd'], [30, 'PARTNERS_WITH', 'sym']],
  'fund|net': [[40, 'MEMBER_OF', 'fwd'], [40, 'SUPPORTS', 'fwd'], [20, 'PARTNERS_WITH', 'sym']],
  'fund|acad': [[50, 'SUPPORTS', 'fwd'], [30, 'PARTNERS_WITH', 'sym'], [20, 'SHARES_DATA_WITH', 'sym']],
  'fund|priv': [[60, 'PARTNERS_WITH', 'sym'], [40, 'SUPPORTS', 'rev']],
  'fund|cs': [[50, 'SUPPORTS', 'fwd'], [30, 'PARTNERS_WITH', 'sym'], [20, 'SPONSORS', 'fwd']],
  'prog|prog': [[60, 'PARTNERS_WITH', 'sym'], [40, 'SHARES_DATA_WITH', 'sym']],
  'prog|net': [[50, 'PARTNERS_WITH', 'sym'], [50, 'MEMBER_OF', 'fwd']],
  'prog|acad': [[50, 'DELIVERS_SERVICES_FOR', 'rev'], [50, 'PARTNERS_WITH', 'sym']],
  'prog|priv': [[50, 'DELIVERS_SERVICES_FOR', 'rev'], [50, 'PARTNERS_WITH', 'sym']],
  'prog|cs': [[50, 'DELIVERS_SERVICES_FOR', 'rev'], [30, 'PARTNERS_WITH', 'sym'], [20, 'SUPPORTS', 'fwd']],
  'net|net': [[50, 'PARTNERS_WITH', 'sym'], [30, 'MEMBER_OF', 'fwd'], [20, 'SHARES_DATA_WITH', 'sym']],
  'net|acad': [[50, 'MEMBER_OF', 'rev'], [50, 'PARTNERS_WITH', 'sym']],
  'net|priv': [[60, 'MEMBER_OF', 'rev'], [40, 'PARTNERS_WITH', 'sym']],
  'net|cs': [[65, 'MEMBER_OF', 'rev'], [20, 'COORDINATES', 'fwd'], [15, 'PARTNERS_WITH', 'sym']],
  'acad|acad': [[60, 'PARTNERS_WITH', 'sym'], [40, 'SHARES_DATA_WITH', 'sym']],
  'acad|priv': [[60, 'PARTNERS_WITH', 'sym'], [40, 'SHARES_DATA_WITH', 'sym']],
  'acad|cs': [[40, 'PARTNERS_WITH', 'sym'], [35, 'SHARES_DATA_WITH', 'sym'], [25, 'SUPPORTS', 'fwd']],
  'priv|priv': [[70, 'PARTNERS_WITH', 'sym'], [30, 'MEMBER_OF', 'fwd']],
  'priv|cs': [[45, 'PARTNERS_WITH', 'sym'], [30, 'SUPPORTS', 'fwd'], [25, 'SPONSORS', 'fwd']],
  'cs|cs': [[55, 'PARTNERS_WITH', 'sym'], [20, 'SUPPORTS', 'fwd'], [10, 'SHARES_DATA_WITH', 'sym'], [10, 'COORDINATES', 'fwd'], [5, 'SPONSORS', 'fwd']],
};

/** Between two governments: peers cooperate (city to city), a higher tier coordinates a lower one. */
// prettier-ignore
const PEER_GOVERNMENTS: readonly Option[] = [[50, 'DECENTRALISED_COOPERATION', 'sym'], [30, 'PARTNERS_WITH', 'sym'], [20, 'SHARES_DATA_WITH', 'sym']];
const VERTICAL_GOVERNMENTS: readonly Option[] = [
  [45, 'COORDINATES', 'fwd'],
  [20, 'CONSULTS', 'fwd'],
  [20, 'SHARES_DATA_WITH', 'sym'],
  [15, 'PARTNERS_WITH', 'sym'],
];

const OPTION_CHOICE = new Map<string, WeightedChoice<Option>>(
  Object.entries(OPTIONS).map(([key, options]) => [key, optionChoice(options)]),
);
const PEER_CHOICE = optionChoice(PEER_GOVERNMENTS);
const VERTICAL_CHOICE = optionChoice(VERTICAL_GOVERNMENTS);
const FALLBACK_CHOICE = optionChoice([[1, 'PARTNERS_WITH', 'sym']]);
const MODE_CHOICE = WeightedChoice.of<Mode>({ COOPERATION: 55, COMPLEMENTARITY: 30, CO_OPTATION: 15 });
const PARTNER_ENGAGEMENT = WeightedChoice.of<EngagementLevel>({ INVOLVE: 30, COLLABORATE: 45, EMPOWER: 25 });
const STRENGTH_CHOICE = new WeightedChoice([
  [1, 15],
  [2, 30],
  [3, 30],
  [4, 15],
  [5, 10],
] as const);

function optionChoice(options: readonly Option[]): WeightedChoice<Option> {
  return new WeightedChoice(options.map((o) => [o, o[0]] as const));
}

const CONFIDENCES = [0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

const FORMAL_TYPES: ReadonlySet<RelationType> = new Set([
  'FUNDS',
  'CONTRACTS',
  'MEMBER_OF',
  'ESTABLISHED',
  'DECENTRALISED_COOPERATION',
  'SPONSORS',
]);

export interface TieRequest {
  readonly a: ActorRecord;
  readonly b: ActorRecord;
  /** `a` gives money to `b`. */
  readonly funding: boolean;
  /** The tie is adversarial: CHALLENGES, or advocacy in CONFRONTATION mode. */
  readonly conflict: boolean;
}

/** A relation between two synthetic actors whose type, direction and attributes suit their kinds. */
export function makeTie(
  externalId: string,
  { a, b, funding, conflict }: TieRequest,
  rng: SeededRandom,
): RelationRecord {
  const govCs = isGovCs(a, b);
  let type: RelationType;
  let [source, target] = [a, b];
  let mode: Mode | null = null;
  if (funding) {
    type = 'FUNDS';
  } else if (conflict) {
    [source, target] = ROLE_OF[a.kind] === 'gov' || ROLE_OF[a.kind] === 'intl' ? [b, a] : [a, b];
    type = govCs && rng.chance(0.4) ? 'ADVOCATES_TO' : 'CHALLENGES';
    mode = govCs ? 'CONFRONTATION' : null;
  } else {
    const [option, swapped] = optionFor(a, b, rng);
    type = option[1];
    const firstIsSource = option[2] !== 'rev';
    [source, target] = firstIsSource !== swapped ? [a, b] : [b, a];
  }
  if (govCs && mode === null) mode = MODE_CHOICE.draw(rng);
  const since = sinceFor(a, b, rng);
  const amount = type === 'FUNDS' ? grantFrom(source, rng) : null;
  return {
    externalId,
    type,
    source: source.externalId,
    target: target.externalId,
    directed: !SYMMETRIC_RELATION_TYPES.includes(type),
    mode,
    engagement: govCs && !conflict ? engagementFor(type, rng) : null,
    formal: FORMAL_TYPES.has(type) || (type !== 'CHALLENGES' && rng.chance(0.4)),
    role: null,
    themes: sharedThemes(a, b),
    since,
    until: rng.chance(0.15) ? untilAfter(since, rng) : null,
    amount: amount?.value ?? null,
    currency: amount?.currency ?? null,
    strength: STRENGTH_CHOICE.draw(rng),
    confidence: rng.pick(CONFIDENCES),
    notes: null,
    sources: [SYNTHETIC_SOURCE],
  };
}

/** Najam's four Cs and the IAP2 spectrum describe government–civil-society ties only. */
function isGovCs(a: ActorRecord, b: ActorRecord): boolean {
  const ra = ROLE_OF[a.kind];
  const rb = ROLE_OF[b.kind];
  return (ra === 'gov' && rb === 'cs') || (ra === 'cs' && rb === 'gov');
}

/** The chosen option, and whether the table's first role is `b` rather than `a`. */
function optionFor(a: ActorRecord, b: ActorRecord, rng: SeededRandom): [Option, boolean] {
  const ra = ROLE_OF[a.kind];
  const rb = ROLE_OF[b.kind];
  if (ra === 'gov' && rb === 'gov') {
    if (a.kind === b.kind && a.tier === b.tier && a.tier !== 'NATIONAL') return [PEER_CHOICE.draw(rng), false];
    const bHigher =
      TIER_RANK[b.tier] > TIER_RANK[a.tier] || (a.tier === b.tier && b.kind === 'MINISTRY' && a.kind !== 'MINISTRY');
    return [VERTICAL_CHOICE.draw(rng), bHigher];
  }
  const swapped = ROLE_ORDER.indexOf(rb) < ROLE_ORDER.indexOf(ra);
  const key = swapped ? `${rb}|${ra}` : `${ra}|${rb}`;
  return [(OPTION_CHOICE.get(key) ?? FALLBACK_CHOICE).draw(rng), swapped];
}

/** Consulting is at least CONSULT; delivery ties often have no say at all (delivery without voice). */
function engagementFor(type: RelationType, rng: SeededRandom): EngagementLevel | null {
  switch (type) {
    case 'CONSULTS':
      return rng.chance(0.6) ? 'CONSULT' : 'INVOLVE';
    case 'PARTNERS_WITH':
    case 'COORDINATES':
      return PARTNER_ENGAGEMENT.draw(rng);
    case 'CONTRACTS':
    case 'DELIVERS_SERVICES_FOR':
    case 'FUNDS':
      return rng.chance(0.5) ? null : 'INFORM';
    default:
      return null;
  }
}

function sharedThemes(a: ActorRecord, b: ActorRecord): string[] {
  const shared = a.themes.filter((t) => b.themes.includes(t));
  return shared.length > 0 ? shared.slice(0, 2) : [a.themes[0]!];
}

/** A year between 2005 and 2024, never before either actor was founded; half of them with a month. */
function sinceFor(a: ActorRecord, b: ActorRecord, rng: SeededRandom): string {
  const earliest = Math.min(2024, Math.max(2005, Number(a.founded ?? 0), Number(b.founded ?? 0)));
  return withMonth(rng.int(earliest, 2024), rng);
}

/** A later year, at most 2025: the tie has ended. */
function untilAfter(since: string, rng: SeededRandom): string {
  return withMonth(Math.min(2025, Number(since.slice(0, 4)) + rng.int(1, 6)), rng);
}

function withMonth(year: number, rng: SeededRandom): string {
  return rng.chance(0.5) ? String(year) : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`;
}

/** Log-normal grants around the funder kind's median, rounded to hundreds; EUR in Europe and Africa, USD elsewhere. */
function grantFrom(funder: ActorRecord, rng: SeededRandom): { value: number; currency: string } {
  const median = GRANT_MEDIAN[funder.kind] ?? 50_000;
  const value = Math.max(1000, Math.round(rng.logNormal(median, 1.1) / 100) * 100);
  const usd =
    funder.kind === 'UN_AGENCY' ||
    (funder.country !== null ? USD_COUNTRIES.has(funder.country) : funder.kind !== 'EU_BODY' && rng.chance(0.7));
  return { value, currency: usd ? 'USD' : 'EUR' };
}
