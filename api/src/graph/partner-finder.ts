import type { GraphData } from './analytics-graph';
import type { ActorKind, Tier } from '../domain/vocabulary';
import { inCorridor, type Corridor } from './corridor';
import { describeLink } from './link-reasons';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import { buildLinkScoringContext, scoreLink } from './link-scoring';
import { breadthFirstParents, pathTo } from './shortest-path';

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
  /** 0.8 × link score + 0.2 × proximity. */
  score: number;
  link: LinkScore;
  /**
   * 1/(distance − 1) over cooperative ties: 1 for a partner's partner (or a co-participant, with the
   * event layer projected), 0 when unreachable.
   */
  proximity: number;
  /** Steps on the shortest cooperative path; null when unreachable. */
  distance: number | null;
  /** From the seeking actor to the candidate; null when unreachable. */
  introductionPath: string[] | null;
  /** The actors in between, who could make the introduction. */
  intermediaryIds: string[];
  reasons: string[];
}

export interface PartnersResult {
  actorId: string;
  /** False when the (filtered) graph does not hold the actor: nobody can then be suggested. */
  actorInGraph: boolean;
  candidates: PartnerCandidate[];
}

const PROXIMITY_WEIGHT = 0.2;

/**
 * Partner finder (PRODUCT.md §4.9): actors not yet related to `actorId` that meet the criteria (theme,
 * country, corridor, tier, kind), ranked by 0.8 × the link score of `scoreLink` (Adamic & Adar 2003, themes,
 * geography and corridor, tier complementarity, community bridging) + 0.2 × proximity, so that a
 * candidate someone can introduce ranks above an equally fitting stranger. Each comes with its
 * introduction path — the shortest path over cooperative ties, smallest ids first among equals — the
 * intermediaries on it, and the reasons in words.
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

  const candidates: PartnerCandidate[] = [];
  for (const candidate of context.actors.values()) {
    if (candidate.id === actorId || linked?.has(candidate.id)) continue;
    if (themes && !candidate.themes.some((t) => themes.has(t))) continue;
    if (countries && !(candidate.country && countries.has(candidate.country))) continue;
    if (tiers && !tiers.has(candidate.tier)) continue;
    if (kinds && !kinds.has(candidate.kind)) continue;
    if (criteria.corridor && !inCorridor(candidate, criteria.corridor)) continue;

    const link = scoreLink(context, actorId, candidate.id);
    const introductionPath = pathTo(parents, candidate.id);
    const distance = introductionPath ? introductionPath.length - 1 : null;
    // Distance 1 happens only over a projected co-participation tie (they met at an event): as close as
    // a partner's partner, so proximity stays within [0, 1].
    const proximity = distance === null ? 0 : 1 / Math.max(1, distance - 1);
    const intermediaryIds = introductionPath ? introductionPath.slice(1, -1) : [];
    const reasons = describeLink(context, link);
    reasons.push(
      intermediaryIds.length > 0
        ? `can be introduced through ${intermediaryIds.map(nameOf).join(' → ')}`
        : 'no introduction path over cooperative ties',
    );
    candidates.push({
      actorId: candidate.id,
      score: (1 - PROXIMITY_WEIGHT) * link.score + PROXIMITY_WEIGHT * proximity,
      link,
      proximity,
      distance,
      introductionPath,
      intermediaryIds,
      reasons,
    });
  }
  candidates.sort((a, b) => b.score - a.score || (a.actorId < b.actorId ? -1 : 1));
  return { actorId, actorInGraph: true, candidates: candidates.slice(0, Math.max(0, criteria.top ?? 20)) };
}
