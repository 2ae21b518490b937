import type { GraphActor, GraphData } from './analytics-graph';
import { cooperativeNeighbours, indexActors, usableRelations } from './analytics-graph';
import { adamicAdar } from './adamic-adar';
import type { Tier } from '../domain/vocabulary';
import { TIER_RANK } from '../domain/vocabulary';
import type { LinkIndex } from './link-index';
import { indexCooperativeAdjacency, indexLinkedAdjacency } from './indexed-adjacency';
import { buildLinkIndex } from './link-index';
import { combineLinkScore } from './link-score-weights';
import { louvainCommunities } from './louvain-communities';
import { findTierGaps } from './tier-gaps';
import type { CrossBorder, TierSystem, TierSystemKind } from './national-systems';
import { systemSubgraph, tierSystems } from './national-systems';
import { pushTo } from './push-to';

export interface LinkScoringContext {
  readonly actors: ReadonlyMap<string, GraphActor>;
  /** Cooperative neighbours. */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Actors joined by a stored relation of any type, cooperative or not: such pairs are never suggested
   * (projected co-participation ties do not count).
   */
  readonly linked: ReadonlyMap<string, ReadonlySet<string>>;
  readonly communityOf: ReadonlyMap<string, number>;
  /** The systems tier complementarity is read in: each country's own unless a cross-border reading is asked. */
  readonly systems: readonly TierSystem[];
  /** Each actor's systems, as sorted indices into `systems`. */
  readonly systemsOf: ReadonlyMap<string, readonly number[]>;
  /** For each system (by index), for each theme, the gap tier pairs as "LOWER|UPPER". */
  readonly gapPairs: readonly ReadonlyMap<string, ReadonlySet<string>>[];
  /** The same over integer indices, for scoring many candidates. */
  readonly index: LinkIndex;
}

export interface GapFill {
  theme: string;
  lowerTier: Tier;
  upperTier: Tier;
  /** The systems whose gap it is: national ones (each country listed), or the cross-border one asked for. */
  systemKind: TierSystemKind;
  countries: string[];
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
  /** Vertical gaps on a shared theme, in a system both belong to, that this link would close. */
  fillsGaps: GapFill[];
  bridgesCommunities: boolean;
}

/**
 * Everything the link score needs, computed once per analysis rather than per pair. Vertical gaps are
 * found per national system (`tierSystems`), so tier complementarity never pairs two countries'
 * domestic actors unless `crossBorder` asks for it.
 */
export function buildLinkScoringContext(
  data: Readonly<GraphData>,
  options: { seed?: number; crossBorder?: CrossBorder | null } = {},
): LinkScoringContext {
  const linked = new Map<string, Set<string>>(data.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const relation of usableRelations(data)) {
    if (relation.weight !== undefined) continue; // a projected co-participation, not a stored relation
    linked.get(relation.source)?.add(relation.target);
    linked.get(relation.target)?.add(relation.source);
  }
  const systems = tierSystems(data, options.crossBorder ?? null);
  const systemsOf = new Map<string, number[]>();
  const gapPairs = systems.map((system, s) => {
    for (const id of system.actorIds) pushTo(systemsOf, id, s);
    const part = systemSubgraph(data, system);
    const gaps = new Map<string, Set<string>>();
    for (const theme of new Set(part.actors.flatMap((actor) => actor.themes))) {
      const found = findTierGaps(part, theme).pairs.filter((pair) => pair.isGap);
      if (found.length > 0) gaps.set(theme, new Set(found.map((g) => `${g.lowerTier}|${g.upperTier}`)));
    }
    return gaps;
  });
  const parts = {
    actors: indexActors(data),
    neighbours: cooperativeNeighbours(data),
    linked,
    communityOf: louvainCommunities(data, options).communityOf,
    systems,
    systemsOf,
    gapPairs,
  };
  const index = buildLinkIndex({
    actors: parts.actors,
    cooperative: indexCooperativeAdjacency(data),
    linked: indexLinkedAdjacency(data),
    communityOf: parts.communityOf,
    systemsOf,
    gapPairs,
  });
  return { ...parts, index };
}

/**
 * The link score of a pair (used by link suggestions, vertical gaps and the partner finder): a weighted
 * sum (LINK_SCORE_WEIGHTS) of Adamic & Adar (2003) on cooperative ties, Jaccard similarity of themes,
 * same country, corridor (one's origin countries include the other's country), tier complementarity
 * (the two belong to one national system and are on a shared theme in two tiers between which that
 * theme has a vertical gap in that system) and
 * bridging (different Louvain communities, Blondel et al. 2008), with everything the score rests on.
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
    // One entry per theme, naming every shared system where the gap is (a supranational and a global
    // body can share several countries' systems).
    const targetSystems = context.systemsOf.get(targetId) ?? [];
    const shared = (context.systemsOf.get(sourceId) ?? []).filter((s) => targetSystems.includes(s));
    for (const theme of sharedThemes) {
      const where = shared
        .filter((s) => context.gapPairs[s]?.get(theme)?.has(`${lowerTier}|${upperTier}`))
        .map((s) => context.systems[s] as TierSystem);
      if (where.length === 0) continue;
      const countries = [...new Set(where.flatMap((system) => system.countries))].sort();
      fillsGaps.push({ theme, lowerTier, upperTier, systemKind: (where[0] as TierSystem).kind, countries });
    }
  }

  const communityA = context.communityOf.get(sourceId);
  const communityB = context.communityOf.get(targetId);
  const bridgesCommunities = communityA !== undefined && communityB !== undefined && communityA !== communityB;

  return {
    sourceId,
    targetId,
    score: combineLinkScore(
      aa.value,
      themeJaccard,
      sameCountry,
      corridors.length > 0,
      fillsGaps.length > 0,
      bridgesCommunities,
    ),
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
