import type { GraphData } from './analytics-graph';
import type { ActorKind, Tier } from '../domain/vocabulary';
import { inCorridor, type Corridor } from './corridor';
import { describeLink } from './link-reasons';
import { matchCapacity, type CapacityMatch } from './capacity-match';
import { describeCapacity } from './capacity-reasons';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import { buildLinkScoringContext, scoreLink } from './link-scoring';
import { breadthFirstParents, pathTo } from './shortest-path';
import { actorIndexById } from './analytics-graph';
import { hubIndices } from './hubs';
import { indexCooperativeAdjacency } from './indexed-adjacency';
import { cooperativeTieCosts } from './tie-cost';
import { WeightedPathSearch } from './weighted-path-search';

export interface PartnerCriteria {
  /** Candidates must work on at least one of these themes. */
  themes?: readonly string[] | null;
  /** Candidates must be based in one of these countries. */
  countries?: readonly string[] | null;
  tiers?: readonly Tier[] | null;
  kinds?: readonly ActorKind[] | null;
  /** Candidates must work in this diaspora corridor (see `inCorridor`). */
  corridor?: Readonly<Corridor> | null;
  /** Number of candidates returned; 20 unless given. */
  top?: number;
  seed?: number;
}

export interface PartnerCandidate {
  actorId: string;
  /** 0.7 × link score + 0.2 × proximity + 0.1 × capacity fit. */
  score: number;
  link: LinkScore;
  /** How the two capacity profiles fit (populations, services, languages); null when they do not. */
  capacity: CapacityMatch | null;
  /**
   * 1/(distance − 1) over cooperative ties: 1 for a partner's partner (or a co-participant, with the
   * event layer projected), 0 when unreachable.
   */
  proximity: number;
  /** Steps on the shortest cooperative path; null when unreachable. */
  distance: number | null;
  /**
   * From the seeking actor to the candidate, the cheapest route by tie cost (`tieCost`: strength and
   * confidence), passing a hub (`hubIndices`) costing HUB_TOLL more; null when unreachable.
   */
  introductionPath: string[] | null;
  /** The route's cost: the tie costs of its steps plus the tolls of the hubs it passes; null when unreachable. */
  introductionCost: number | null;
  /** The actors in between, who could make the introduction. */
  intermediaryIds: string[];
  /** Whether every route to the candidate runs through a hub (then the introduction says so). */
  onlyThroughHub: boolean;
  reasons: string[];
}

export interface PartnersResult {
  actorId: string;
  /** False when the (filtered) graph does not hold the actor: nobody can then be suggested. */
  actorInGraph: boolean;
  candidates: PartnerCandidate[];
}

/** Weights of the partner score; they sum to 1, so scores lie in [0, 1]. */
export const PARTNER_SCORE_WEIGHTS = { link: 0.7, proximity: 0.2, capacity: 0.1 } as const;

/**
 * What passing through a hub adds to an introduction's cost: as much as two strong steps (a
 * strength-5, certain tie costs 1), so an intermediary with good ties to both ends is preferred to a
 * hub with ties just as good, and a hub is still used when it is the only or a much better route.
 */
export const HUB_TOLL = 2;

/**
 * Partner finder (PRODUCT.md §4.9): actors not yet related to `actorId` that meet the criteria (theme,
 * country, corridor, tier, kind), ranked by 0.7 × the link score of `scoreLink` (Adamic & Adar 2003, themes,
 * geography and corridor, tier complementarity, community bridging) + 0.2 × proximity + 0.1 × the
 * capacity fit of `matchCapacity` (the same people served, the same or complementary services, a
 * shared language), so that a candidate someone can introduce ranks above an equally fitting stranger
 * (proximity by steps on the shortest cooperative path). Each comes with its introduction path — the cheapest route by tie cost
 * (strong, certain ties cheap; a generic hub tolled), smallest ids first among equals — the
 * intermediaries on it, whether only a hub leads there, and the reasons in words.
 */
export function partners(
  data: Readonly<GraphData>,
  actorId: string,
  criteria: Readonly<PartnerCriteria> = {},
  context: LinkScoringContext = buildLinkScoringContext(data, { seed: criteria.seed ?? 1 }),
): PartnersResult {
  if (!context.actors.has(actorId)) return { actorId, actorInGraph: false, candidates: [] };
  const wanted = <T>(list: readonly T[] | null | undefined): Set<T> | null =>
    list && list.length > 0 ? new Set(list) : null;
  const themes = wanted(criteria.themes);
  const countries = wanted(criteria.countries);
  const tiers = wanted(criteria.tiers);
  const kinds = wanted(criteria.kinds);
  const linked = context.linked.get(actorId);

  const adjacency = new Map([...context.neighbours].map(([id, set]) => [id, [...set].sort()]));
  const parents = breadthFirstParents(adjacency, actorId);
  const nameOf = (id: string): string => context.actors.get(id)?.name ?? id;
  const routes = introductionRoutes(data, actorId);

  const candidates: PartnerCandidate[] = [];
  for (const candidate of context.actors.values()) {
    if (candidate.id === actorId || linked?.has(candidate.id)) continue;
    if (themes && !candidate.themes.some((t) => themes.has(t))) continue;
    if (countries && !(candidate.country && countries.has(candidate.country))) continue;
    if (tiers && !tiers.has(candidate.tier)) continue;
    if (kinds && !kinds.has(candidate.kind)) continue;
    if (criteria.corridor && !inCorridor(candidate, criteria.corridor)) continue;

    const link = scoreLink(context, actorId, candidate.id);
    const shortest = pathTo(parents, candidate.id);
    const distance = shortest ? shortest.length - 1 : null;
    // Distance 1 happens only over a projected co-participation tie (they met at an event): as close as
    // a partner's partner, so proximity stays within [0, 1].
    const proximity = distance === null ? 0 : 1 / Math.max(1, distance - 1);
    const route = routes(candidate.id);
    const introductionPath = route?.path ?? null;
    const intermediaryIds = introductionPath ? introductionPath.slice(1, -1) : [];
    const capacity = matchCapacity(context, link);
    const reasons = describeLink(context, link);
    if (capacity) reasons.push(...describeCapacity(capacity, nameOf(actorId), candidate.name));
    const through = intermediaryIds.map(nameOf).join(' → ');
    if (route?.onlyThroughHub) {
      const hubs = route.hubs.map(({ id, partners }) => `${nameOf(id)} (${partners} partners)`).join(', ');
      reasons.push(`can be introduced only through ${through}: every route runs through a hub, ${hubs}`);
    } else {
      reasons.push(
        intermediaryIds.length > 0
          ? `can be introduced through ${through}`
          : 'no introduction path over cooperative ties',
      );
    }
    candidates.push({
      actorId: candidate.id,
      score:
        PARTNER_SCORE_WEIGHTS.link * link.score +
        PARTNER_SCORE_WEIGHTS.proximity * proximity +
        PARTNER_SCORE_WEIGHTS.capacity * (capacity?.score ?? 0),
      link,
      capacity,
      proximity,
      distance,
      introductionPath,
      introductionCost: route?.cost ?? null,
      intermediaryIds,
      onlyThroughHub: route?.onlyThroughHub ?? false,
      reasons,
    });
  }
  candidates.sort((a, b) => b.score - a.score || (a.actorId < b.actorId ? -1 : 1));
  return { actorId, actorInGraph: true, candidates: candidates.slice(0, Math.max(0, criteria.top ?? 20)) };
}

interface IntroductionRoute {
  path: string[];
  cost: number;
  /** The hubs among the intermediaries, with their numbers of partners. */
  hubs: Array<{ id: string; partners: number }>;
  onlyThroughHub: boolean;
}

/**
 * The seeker's introduction routes: one cheapest-path search with hubs tolled, and one with hubs
 * closed, to tell when a hub is not just the cheapest way but the only one.
 */
function introductionRoutes(data: Readonly<GraphData>, actorId: string): (id: string) => IntroductionRoute | null {
  const { ids, offsets, targets } = indexCooperativeAdjacency(data);
  const indexOf = actorIndexById(data);
  const seeker = indexOf.get(actorId) as number;
  const hubs = hubIndices(data);
  const costs = cooperativeTieCosts(data);
  const tolls = new Float64Array(ids.length);
  for (const hub of hubs) tolls[hub] = HUB_TOLL;
  const tolled = new WeightedPathSearch(ids.length, offsets, targets, costs, tolls);
  tolled.shortest(seeker, -1);
  const closed = new WeightedPathSearch(ids.length, offsets, targets, costs);
  closed.shortest(seeker, -1, new Set([...hubs].filter((hub) => hub !== seeker)));
  /** Whether the candidate has a partner the seeker reaches without passing a hub (or is the seeker's partner). */
  const reachableAvoidingHubs = (candidate: number): boolean => {
    for (let e = offsets[candidate] as number, end = offsets[candidate + 1] as number; e < end; e++) {
      const u = targets[e] as number;
      if (u === seeker || (!hubs.has(u) && closed.distanceTo(u) < Infinity)) return true;
    }
    return false;
  };
  return (id) => {
    const candidate = indexOf.get(id) as number;
    const path = tolled.pathTo(candidate);
    if (!path) return null;
    const inner = path.slice(1, -1).filter((v) => hubs.has(v));
    return {
      path: path.map((v) => ids[v] as string),
      cost: tolled.distanceTo(candidate),
      hubs: inner.map((v) => ({ id: ids[v] as string, partners: (offsets[v + 1] as number) - (offsets[v] as number) })),
      onlyThroughHub: inner.length > 0 && !reachableAvoidingHubs(candidate),
    };
  };
}
