import { TIERS } from '../domain/vocabulary';
import type { LinkScoringContext } from './link-scoring';
import { pushTo } from './push-to';

export interface CandidateBounds {
  /** Distance-2 candidates kept per actor, best Adamic–Adar first. */
  maxDistanceTwoPerActor: number;
  /** Same-theme, same-place candidates taken per actor, theme, place and tier, best connected first. */
  perGroupPerTier: number;
}

export const DEFAULT_CANDIDATE_BOUNDS: CandidateBounds = { maxDistanceTwoPerActor: 20, perGroupPerTier: 3 };

/**
 * The unlinked pairs worth scoring in workspace-wide link suggestion, as [a, b] with a < b. Scoring all
 * n² pairs is out of reach at 10,000 actors, so candidates are:
 * 1. pairs at distance 2 on cooperative ties — for each actor the `maxDistanceTwoPerActor` best by
 *    Adamic–Adar (ties by id); pairs further apart have no common partner to score;
 * 2. pairs sharing a theme and a place — for each actor, theme and tier, the `perGroupPerTier` most
 *    connected actors on that theme in the actor's country, in one of its origin countries, or (the
 *    corridor seen from the other side) diaspora actors whose origins include the actor's country.
 * That bounds the candidates by n·(maxDistanceTwoPerActor + themes·places·5·perGroupPerTier) — about
 * 650,000 pairs at 10,000 actors with three themes and one place each — and the distance-2 pass costs
 * Σ deg(w)² over all actors w.
 */
export function linkCandidates(
  context: LinkScoringContext,
  bounds: CandidateBounds = DEFAULT_CANDIDATE_BOUNDS,
): [string, string][] {
  const ids = [...context.actors.keys()].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const seen = new Set<number>();
  const pairs: [string, string][] = [];
  const degree = (id: string): number => context.neighbours.get(id)?.size ?? 0;
  const add = (a: string, b: string): void => {
    if (a === b || context.linked.get(a)?.has(b)) return;
    const i = indexOf.get(a) as number;
    const j = indexOf.get(b) as number;
    const key = i < j ? i * n + j : j * n + i;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(i < j ? [a, b] : [b, a]);
  };

  for (const a of ids) {
    const scores = new Map<string, number>();
    for (const w of context.neighbours.get(a) ?? []) {
      const weight = 1 / Math.log(degree(w));
      for (const b of context.neighbours.get(w) ?? []) {
        if (b !== a && !context.linked.get(a)?.has(b)) scores.set(b, (scores.get(b) ?? 0) + weight);
      }
    }
    [...scores.entries()]
      .sort(([x, sx], [y, sy]) => sy - sx || (x < y ? -1 : 1))
      .slice(0, bounds.maxDistanceTwoPerActor)
      .forEach(([b]) => add(a, b));
  }

  // Group lists: "theme|country|tier" → actors based there; "theme|origin|tier" → diaspora actors.
  const based = new Map<string, string[]>();
  const diaspora = new Map<string, string[]>();
  for (const id of ids) {
    const actor = context.actors.get(id);
    if (!actor) continue;
    for (const theme of new Set(actor.themes)) {
      if (actor.country) pushTo(based, `${theme}|${actor.country}|${actor.tier}`, id);
      for (const origin of new Set(actor.originCountries)) pushTo(diaspora, `${theme}|${origin}|${actor.tier}`, id);
    }
  }
  const byConnectedness = (x: string, y: string): number => degree(y) - degree(x) || (x < y ? -1 : 1);
  for (const list of [...based.values(), ...diaspora.values()]) list.sort(byConnectedness);

  for (const a of ids) {
    const actor = context.actors.get(a);
    if (!actor) continue;
    const scanLimit = bounds.perGroupPerTier + (context.linked.get(a)?.size ?? 0) + 1;
    const takeFrom = (list: readonly string[] | undefined): void => {
      let taken = 0;
      for (let i = 0; list && i < list.length && i < scanLimit && taken < bounds.perGroupPerTier; i++) {
        const b = list[i] as string;
        if (b === a || context.linked.get(a)?.has(b)) continue;
        add(a, b);
        taken += 1;
      }
    };
    for (const theme of new Set(actor.themes)) {
      const places = new Set([...(actor.country ? [actor.country] : []), ...actor.originCountries]);
      for (const tier of TIERS) {
        for (const place of places) takeFrom(based.get(`${theme}|${place}|${tier}`));
        if (actor.country) takeFrom(diaspora.get(`${theme}|${actor.country}|${tier}`));
      }
    }
  }
  return pairs;
}
