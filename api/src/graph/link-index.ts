import type { GraphActor } from './analytics-graph';
import { TIER_RANK } from '../domain/vocabulary';
import type { IndexedAdjacency } from './indexed-adjacency';
import { rowOf, sortedRunHas } from './indexed-adjacency';
import { combineLinkScore } from './link-score-weights';

/**
 * The link-scoring inputs over integer indices (actors in id order), with every list sorted. Scoring
 * hundreds of thousands of candidate pairs through string-keyed maps cost several microseconds a
 * pair; merges over sorted integer arrays cost a fraction of that.
 */
export interface LinkIndex {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Cooperative neighbours. */
  readonly neighbours: readonly Int32Array[];
  /** Actors joined by any relation. */
  readonly linked: readonly Int32Array[];
  /** 1/ln(degree), 0 below degree 2. */
  readonly inverseLogDegree: Float64Array;
  readonly themes: readonly Int32Array[];
  readonly tierRank: Int8Array;
  /** Country index, −1 when none. */
  readonly country: Int32Array;
  readonly origins: readonly Int32Array[];
  readonly community: Int32Array;
  /** Each actor's national systems (indices, sorted); see `systemsOfActors`. */
  readonly systems: readonly Int32Array[];
  readonly themeCount: number;
  /**
   * gap[(system · themeCount + theme) · 25 + lowerRank · 5 + upperRank] = 1 when that theme has a
   * vertical gap there in that system.
   */
  readonly gap: Uint8Array;
}

export interface LinkIndexInput {
  readonly actors: ReadonlyMap<string, GraphActor>;
  /** Cooperative ties and relations of any type, as CSR rows over actors in id order. */
  readonly cooperative: IndexedAdjacency;
  readonly linked: IndexedAdjacency;
  readonly communityOf: ReadonlyMap<string, number>;
  readonly systemsOf: ReadonlyMap<string, readonly number[]>;
  /** Per system, per theme, the gap tier pairs "LOWER|UPPER". */
  readonly gapPairs: readonly ReadonlyMap<string, ReadonlySet<string>>[];
}

/** Builds the integer form of the link-scoring context. */
export function buildLinkIndex(input: LinkIndexInput): LinkIndex {
  const ids = input.cooperative.ids;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const themeIds = [...new Set([...input.actors.values()].flatMap((a) => a.themes))].sort();
  const themeOf = new Map(themeIds.map((t, i) => [t, i]));
  const countryIds = [...new Set([...input.actors.values()].flatMap((a) => [a.country, ...a.originCountries]))];
  const countryOf = new Map(countryIds.map((c, i) => [c, i]));
  const sortedIndices = (values: Iterable<string>, lookup: ReadonlyMap<string | null, number>): Int32Array =>
    Int32Array.from(new Set([...values].map((v) => lookup.get(v) ?? -1).filter((i) => i >= 0))).sort();
  const actorAt = (i: number): GraphActor => input.actors.get(ids[i] as string) as GraphActor;

  const themeCount = themeIds.length;
  const gap = new Uint8Array(input.gapPairs.length * themeCount * 25);
  input.gapPairs.forEach((byTheme, s) => {
    for (const [theme, pairs] of byTheme) {
      const t = themeOf.get(theme);
      if (t === undefined) continue;
      for (const pair of pairs) {
        const [lower, upper] = pair.split('|') as [keyof typeof TIER_RANK, keyof typeof TIER_RANK];
        gap[(s * themeCount + t) * 25 + TIER_RANK[lower] * 5 + TIER_RANK[upper]] = 1;
      }
    }
  });
  const neighbours = ids.map((_, i) => rowOf(input.cooperative, i));
  return {
    ids,
    indexOf,
    neighbours,
    linked: ids.map((_, i) => rowOf(input.linked, i)),
    inverseLogDegree: Float64Array.from(neighbours, (list) => (list.length > 1 ? 1 / Math.log(list.length) : 0)),
    themes: ids.map((_, i) => sortedIndices(actorAt(i).themes, themeOf)),
    tierRank: Int8Array.from(ids, (_, i) => TIER_RANK[actorAt(i).tier]),
    country: Int32Array.from(ids, (_, i) => countryOf.get(actorAt(i).country) ?? -1),
    origins: ids.map((_, i) => sortedIndices(actorAt(i).originCountries, countryOf)),
    community: Int32Array.from(ids, (id) => input.communityOf.get(id) ?? -1),
    systems: ids.map((id) => Int32Array.from(input.systemsOf.get(id) ?? [])),
    themeCount,
    gap,
  };
}

/** Whether theme t has a vertical gap at this tier offset in a system both actors belong to. */
function fillsGapIn(index: LinkIndex, sa: Int32Array, sb: Int32Array, t: number, offset: number): boolean {
  for (let x = 0, y = 0; x < sa.length && y < sb.length;) {
    const a = sa[x] as number;
    const b = sb[y] as number;
    if (a === b) {
      if (index.gap[(a * index.themeCount + t) * 25 + offset] === 1) return true;
      x++;
      y++;
    } else if (a < b) x++;
    else y++;
  }
  return false;
}

/** Binary search in a sorted Int32Array. */
export function sortedHas(list: Int32Array, value: number): boolean {
  return sortedRunHas(list, 0, list.length, value);
}

/**
 * The link score of actors i and j as `scoreLink` computes it, without the explanation; null when the
 * pair has no substantive reason (no common partner, theme, country or corridor). Common neighbours are
 * summed in index order, so the value can differ from `scoreLink`'s in the last bits: use it to screen
 * candidates, then rank with `scoreLink`.
 */
export function quickLinkScore(index: LinkIndex, i: number, j: number): number | null {
  let aa = 0;
  const na = index.neighbours[i] as Int32Array;
  const nb = index.neighbours[j] as Int32Array;
  for (let x = 0, y = 0; x < na.length && y < nb.length;) {
    const a = na[x] as number;
    const b = nb[y] as number;
    if (a === b) {
      aa += index.inverseLogDegree[a] as number;
      x++;
      y++;
    } else if (a < b) x++;
    else y++;
  }
  const ta = index.themes[i] as Int32Array;
  const tb = index.themes[j] as Int32Array;
  const ri = index.tierRank[i] as number;
  const rj = index.tierRank[j] as number;
  const gapOffset = ri < rj ? ri * 5 + rj : rj * 5 + ri;
  const sa = index.systems[i] as Int32Array;
  const sb = index.systems[j] as Int32Array;
  let shared = 0;
  let fillsGap = false;
  for (let x = 0, y = 0; x < ta.length && y < tb.length;) {
    const a = ta[x] as number;
    const b = tb[y] as number;
    if (a === b) {
      shared++;
      if (ri !== rj && !fillsGap) fillsGap = fillsGapIn(index, sa, sb, a, gapOffset);
      x++;
      y++;
    } else if (a < b) x++;
    else y++;
  }
  const ci = index.country[i] as number;
  const cj = index.country[j] as number;
  const sameCountry = ci >= 0 && ci === cj;
  const corridor =
    (cj >= 0 && sortedHas(index.origins[i] as Int32Array, cj)) ||
    (ci >= 0 && sortedHas(index.origins[j] as Int32Array, ci));
  if (aa === 0 && shared === 0 && !sameCountry && !corridor) return null;
  const union = ta.length + tb.length - shared;
  const ki = index.community[i] as number;
  const kj = index.community[j] as number;
  const bridges = ki >= 0 && kj >= 0 && ki !== kj;
  return combineLinkScore(aa, union === 0 ? 0 : shared / union, sameCountry, corridor, fillsGap, bridges);
}
