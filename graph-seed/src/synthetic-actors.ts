import { TIERS, type ActorKind, type Tier } from '../../api/src/domain/vocabulary';
import type { ActorRecord, SourceRecord } from './graph-file.types';
import { WeightedChoice, type SeededRandom } from './seeded-random';
import {
  CLUSTER_WEIGHTS,
  CORRIDORS,
  COUNTRY_WEIGHTS,
  KIND_WEIGHTS_BY_TIER,
  NAME_PATTERNS,
  THEME_CLUSTERS,
  THEME_POPULARITY,
  TIER_SHARES,
  type SyntheticCountry,
  type ThemeCluster,
} from './synthetic-vocabulary';

/** The one source every synthetic record carries: no document, so no quote to check. */
export const SYNTHETIC_SOURCE: SourceRecord = Object.freeze({ title: 'Synthetic data' });

const CLUSTER_OF_THEME = new Map<string, ThemeCluster>(
  (Object.entries(THEME_CLUSTERS) as [ThemeCluster, readonly string[]][]).flatMap(([cluster, themes]) =>
    themes.map((t) => [t, cluster] as const),
  ),
);

const KIND_CHOICE = Object.fromEntries(
  TIERS.map((tier) => [tier, WeightedChoice.of(KIND_WEIGHTS_BY_TIER[tier])]),
) as Record<Tier, WeightedChoice<ActorKind>>;
const COUNTRY_CHOICE = WeightedChoice.of(COUNTRY_WEIGHTS);
const CLUSTER_CHOICE = WeightedChoice.of(CLUSTER_WEIGHTS);
const EXTRA_THEMES = new WeightedChoice([
  [0, 40],
  [1, 40],
  [2, 20],
] as const);
const themeChoice = (themes: readonly string[]): WeightedChoice<string> =>
  new WeightedChoice(themes.map((t) => [t, THEME_POPULARITY[t] ?? 1] as const));
const THEME_IN_CLUSTER = Object.fromEntries(
  (Object.keys(THEME_CLUSTERS) as ThemeCluster[]).map((c) => [c, themeChoice(THEME_CLUSTERS[c])]),
) as Record<ThemeCluster, WeightedChoice<string>>;
const ANY_THEME = themeChoice(Object.keys(THEME_POPULARITY));

/**
 * The community a synthetic actor was generated in: its country (or INTL for actors without one)
 * and the theme cluster of its first theme. Ties are drawn mostly inside these communities.
 */
export function communityOf(actor: Pick<ActorRecord, 'country' | 'themes'>): string {
  return `${actor.country ?? 'INTL'}:${CLUSTER_OF_THEME.get(actor.themes[0] ?? '') ?? 'other'}`;
}

/**
 * Makes `count` actors. Tiers are dealt by quota (so their shares are exact up to rounding) and
 * shuffled; kind, country, themes and names follow from the tier.
 */
export function generateActors(count: number, rng: SeededRandom): ActorRecord[] {
  const tiers = rng.shuffle(dealTiers(count));
  const idWidth = String(Math.max(count - 1, 0)).length;
  const places = placeNames(count, rng);
  const actors = tiers.map((tier, i): ActorRecord => {
    const kind = KIND_CHOICE[tier].draw(rng);
    const country = tier === 'SUPRANATIONAL' || tier === 'GLOBAL' ? null : COUNTRY_CHOICE.draw(rng);
    const place = places[i]!;
    return {
      externalId: `a-${String(i).padStart(idWidth, '0')}`,
      name: rng.pick(NAME_PATTERNS[kind]).replace('{p}', place),
      aliases: [],
      kind,
      tier,
      country,
      city: kind === 'MUNICIPALITY' ? place : null,
      originCountries: originsOf(kind, country, rng),
      themes: themesOf(kind, rng),
      description: null,
      website: null,
      founded: rng.chance(0.7) ? String(Math.max(1900, 2023 - Math.round(rng.logNormal(22, 0.8)))) : null,
      sources: [SYNTHETIC_SOURCE],
    };
  });
  placeLocalActorsInCities(actors, rng);
  return actors;
}

function dealTiers(count: number): Tier[] {
  const quotas = TIERS.map((tier) => ({ tier, n: Math.floor(count * TIER_SHARES[tier]) }));
  let missing = count - quotas.reduce((sum, q) => sum + q.n, 0);
  for (const q of [...quotas].sort((a, b) => TIER_SHARES[b.tier] - TIER_SHARES[a.tier])) {
    if (missing-- <= 0) break;
    q.n += 1;
  }
  return quotas.flatMap((q) => Array<Tier>(q.n).fill(q.tier));
}

/** One to three themes: a primary one that fixes the community, then mostly its cluster's neighbours. */
function themesOf(kind: ActorKind, rng: SeededRandom): string[] {
  const diaspora = kind === 'DIASPORA_ORGANISATION';
  const cluster: ThemeCluster = diaspora ? 'mobility' : CLUSTER_CHOICE.draw(rng);
  const themes = [diaspora ? 'diaspora-engagement' : THEME_IN_CLUSTER[cluster].draw(rng)];
  const extra = EXTRA_THEMES.draw(rng);
  for (let k = 0; k < extra; k++) {
    const theme = (rng.chance(0.7) ? THEME_IN_CLUSTER[cluster] : ANY_THEME).draw(rng);
    if (!themes.includes(theme)) themes.push(theme);
  }
  return themes;
}

function originsOf(kind: ActorKind, country: string | null, rng: SeededRandom): string[] {
  const hasCorridor = kind === 'DIASPORA_ORGANISATION' || (kind === 'MIGRANT_LED_ORGANISATION' && rng.chance(0.5));
  if (!hasCorridor || country === null) return [];
  const corridors = CORRIDORS[country as SyntheticCountry];
  const first = rng.pick(corridors);
  const second = rng.chance(0.25) ? rng.pick(corridors) : first;
  return first === second ? [first] : [first, second];
}

/** Local actors other than municipalities sit in one of their country's municipalities, big cities more often. */
function placeLocalActorsInCities(actors: ActorRecord[], rng: SeededRandom): void {
  const cities = new Map<string, string[]>();
  for (const a of actors) {
    if (a.kind !== 'MUNICIPALITY' || !a.country || !a.city) continue;
    const pool = cities.get(a.country);
    if (pool) pool.push(a.city);
    else cities.set(a.country, [a.city]);
  }
  for (const a of actors) {
    const pool = a.country ? cities.get(a.country) : undefined;
    if (a.tier !== 'LOCAL' || a.city !== null || !pool) continue;
    a.city = pool[Math.floor(pool.length * rng.next() ** 2)]!;
  }
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/**
 * Pronounceable made-up place names, one per actor and all different: the index is scrambled by a
 * multiplication that is a bijection modulo the name space, then spelled in consonant–vowel syllables.
 */
function placeNames(count: number, rng: SeededRandom): string[] {
  const syllables = CONSONANTS.length * VOWELS.length;
  let length = 3;
  while (syllables ** length < count) length += 1;
  const space = syllables ** length;
  const offset = rng.int(0, space - 1);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let code = (i * 7919 + offset) % space;
    let name = '';
    for (let s = 0; s < length; s++) {
      const syllable = code % syllables;
      code = Math.floor(code / syllables);
      name += CONSONANTS[Math.floor(syllable / VOWELS.length)]! + VOWELS[syllable % VOWELS.length]!;
    }
    names.push(name[0]!.toUpperCase() + name.slice(1));
  }
  return names;
}
