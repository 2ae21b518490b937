import type { GraphActor, GraphData } from './analytics-graph';
import { cooperativeNeighbours, indexActors, usableRelations } from './analytics-graph';
import { adamicAdar } from './adamic-adar';
import type { Tier } from '../domain/vocabulary';
import { TIER_RANK } from '../domain/vocabulary';
import { louvainCommunities } from './louvain-communities';
import { findTierGaps } from './tier-gaps';

/**
 * Weights of the link score; they sum to 1, so scores lie in [0, 1]. Common partners weigh most
 * because a shared partner is both evidence of fit and a ready introducer; shared themes next because
 * they say the two would have something to do together; geography and tier complementarity (closing a
 * vertical gap, the product's core concern) follow; corridor and community bridging are bonuses.
 */
export const LINK_SCORE_WEIGHTS = {
  adamicAdar: 0.3,
  themes: 0.2,
  geography: 0.15,
  corridor: 0.1,
  tierComplementarity: 0.15,
  bridging: 0.1,
} as const;

export interface LinkScoringContext {
  readonly actors: ReadonlyMap<string, GraphActor>;
  /** Cooperative neighbours. */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Actors joined by a relation of any type, cooperative or not: such pairs are never suggested. */
  readonly linked: ReadonlyMap<string, ReadonlySet<string>>;
  readonly communityOf: ReadonlyMap<string, number>;
  /** For each theme, the gap tier pairs as "LOWER|UPPER". */
  readonly gapPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each actor's themes as a set, so a pair's Jaccard similarity costs no allocation. */
  readonly themeSets: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface GapFill {
  theme: string;
  lowerTier: Tier;
  upperTier: Tier;
}

export interface CorridorLink {
  /** The actor whose origin countries include the other's country. */
  diasporaActorId: string;
  country: string;
}

export interface LinkScore {
  sourceId: string;
  targetId: string;
  score: number;
  /** Raw Adamic–Adar index; it enters the score as AA/(1 + AA) to stay within [0, 1). */
  adamicAdar: number;
  commonPartnerIds: string[];
  /** Jaccard similarity of the two actors' theme sets. */
  themeJaccard: number;
  sharedThemes: string[];
  sameCountry: boolean;
  corridors: CorridorLink[];
  /** Vertical gaps on a shared theme that this link would close. */
  fillsGaps: GapFill[];
  bridgesCommunities: boolean;
}

function combine(
  aa: number,
  jaccard: number,
  sameCountry: boolean,
  corridor: boolean,
  gap: boolean,
  bridge: boolean,
): number {
  const w = LINK_SCORE_WEIGHTS;
  return (
    w.adamicAdar * (aa / (1 + aa)) +
    w.themes * jaccard +
    w.geography * (sameCountry ? 1 : 0) +
    w.corridor * (corridor ? 1 : 0) +
    w.tierComplementarity * (gap ? 1 : 0) +
    w.bridging * (bridge ? 1 : 0)
  );
}

/** Everything the link score needs, computed once per analysis rather than per pair. */
export function buildLinkScoringContext(
  data: Readonly<GraphData>,
  options: { seed?: number } = {},
): LinkScoringContext {
  const linked = new Map<string, Set<string>>(data.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const relation of usableRelations(data)) {
    linked.get(relation.source)?.add(relation.target);
    linked.get(relation.target)?.add(relation.source);
  }
  const themes = new Set(data.actors.flatMap((actor) => actor.themes));
  const gapPairs = new Map<string, Set<string>>();
  for (const theme of themes) {
    const gaps = findTierGaps(data, theme).pairs.filter((pair) => pair.isGap);
    if (gaps.length > 0) gapPairs.set(theme, new Set(gaps.map((g) => `${g.lowerTier}|${g.upperTier}`)));
  }
  return {
    actors: indexActors(data),
    neighbours: cooperativeNeighbours(data),
    linked,
    communityOf: louvainCommunities(data, options).communityOf,
    gapPairs,
    themeSets: new Map(data.actors.map((actor) => [actor.id, new Set(actor.themes)])),
  };
}

/**
 * The link score of a pair (used by link suggestions, vertical gaps and the partner finder): a weighted
 * sum (see LINK_SCORE_WEIGHTS) of Adamic & Adar (2003) on cooperative ties, Jaccard similarity of
 * themes, same country, corridor (one's origin countries include the other's country), tier
 * complementarity (the two are on a shared theme in two tiers that theme has a vertical gap between)
 * and bridging (different Louvain communities, Blondel et al. 2008).
 */
export function scoreLink(context: LinkScoringContext, sourceId: string, targetId: string): LinkScore {
  const source = context.actors.get(sourceId) as GraphActor;
  const target = context.actors.get(targetId) as GraphActor;
  const aa = adamicAdar(context.neighbours, sourceId, targetId);

  const targetThemes = new Set(target.themes);
  const sharedThemes = [...new Set(source.themes)].filter((t) => targetThemes.has(t)).sort();
  const unionSize = new Set([...source.themes, ...target.themes]).size;
  const themeJaccard = unionSize === 0 ? 0 : sharedThemes.length / unionSize;
  const sameCountry = source.country !== null && source.country === target.country;

  const corridors: CorridorLink[] = [];
  if (target.country && source.originCountries.includes(target.country)) {
    corridors.push({ diasporaActorId: sourceId, country: target.country });
  }
  if (source.country && target.originCountries.includes(source.country)) {
    corridors.push({ diasporaActorId: targetId, country: source.country });
  }

  const fillsGaps: GapFill[] = [];
  if (source.tier !== target.tier) {
    const [lowerTier, upperTier] =
      TIER_RANK[source.tier] < TIER_RANK[target.tier] ? [source.tier, target.tier] : [target.tier, source.tier];
    for (const theme of sharedThemes) {
      if (context.gapPairs.get(theme)?.has(`${lowerTier}|${upperTier}`))
        fillsGaps.push({ theme, lowerTier, upperTier });
    }
  }

  const communityA = context.communityOf.get(sourceId);
  const communityB = context.communityOf.get(targetId);
  const bridgesCommunities = communityA !== undefined && communityB !== undefined && communityA !== communityB;

  const score = combine(
    aa.value,
    themeJaccard,
    sameCountry,
    corridors.length > 0,
    fillsGaps.length > 0,
    bridgesCommunities,
  );

  return {
    sourceId,
    targetId,
    score,
    adamicAdar: aa.value,
    commonPartnerIds: aa.commonIds,
    themeJaccard,
    sharedThemes,
    sameCountry,
    corridors,
    fillsGaps,
    bridgesCommunities,
  };
}

/**
 * Whether a pair has a reason to meet beyond sitting in different communities; bridging alone would
 * otherwise rank every stranger above zero.
 */
export function hasSubstantiveReason(score: Readonly<LinkScore>): boolean {
  return score.adamicAdar > 0 || score.sharedThemes.length > 0 || score.sameCountry || score.corridors.length > 0;
}

/**
 * The score of `scoreLink` without building the explanation, or null when the pair has no substantive
 * reason (see `hasSubstantiveReason`). Workspace-wide suggestion scores hundreds of thousands of
 * candidates and explains only the few it keeps; the value can differ from `scoreLink`'s in the last
 * bits because common neighbours are summed in another order, so use it to screen, not to rank.
 */
export function quickLinkScore(context: LinkScoringContext, sourceId: string, targetId: string): number | null {
  const source = context.actors.get(sourceId) as GraphActor;
  const target = context.actors.get(targetId) as GraphActor;
  const ofA = context.neighbours.get(sourceId);
  const ofB = context.neighbours.get(targetId);
  let aa = 0;
  if (ofA && ofB) {
    const [small, large] = ofA.size <= ofB.size ? [ofA, ofB] : [ofB, ofA];
    for (const w of small) if (large.has(w)) aa += 1 / Math.log(context.neighbours.get(w)?.size ?? 2);
  }
  const themesA = context.themeSets.get(sourceId) as ReadonlySet<string>;
  const themesB = context.themeSets.get(targetId) as ReadonlySet<string>;
  let shared = 0;
  let gap = false;
  const tierPair =
    TIER_RANK[source.tier] < TIER_RANK[target.tier] ? `${source.tier}|${target.tier}` : `${target.tier}|${source.tier}`;
  for (const theme of themesA) {
    if (!themesB.has(theme)) continue;
    shared += 1;
    if (!gap && source.tier !== target.tier && context.gapPairs.get(theme)?.has(tierPair)) gap = true;
  }
  const union = themesA.size + themesB.size - shared;
  const sameCountry = source.country !== null && source.country === target.country;
  const corridor =
    (!!target.country && source.originCountries.includes(target.country)) ||
    (!!source.country && target.originCountries.includes(source.country));
  if (aa === 0 && shared === 0 && !sameCountry && !corridor) return null;
  const communityA = context.communityOf.get(sourceId);
  const communityB = context.communityOf.get(targetId);
  const bridge = communityA !== undefined && communityB !== undefined && communityA !== communityB;
  return combine(aa, union === 0 ? 0 : shared / union, sameCountry, corridor, gap, bridge);
}
