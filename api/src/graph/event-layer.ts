import type { GraphActor, GraphData, GraphRelation } from './analytics-graph';
import { OCCASION_KINDS, PARTICIPATION_TYPE } from '../domain/vocabulary';

/**
 * How the event layer enters an analysis:
 * - EXCLUDED (the default): organisation-to-organisation ties only. Occasions (EVENT, POLICY_INSTRUMENT)
 *   and every PARTICIPATES_IN relation are left out; a programme stays with its acting ties.
 * - PROJECTED: the organisation layer plus one co-participation tie per pair of organisations that take
 *   part in the same event, programme or statement, weighted by Newman's 1/(n−1).
 * - INCLUDED: every relation as stored, occasions as actors and participations as ties (the reading
 *   before the event layer existed).
 */
export type EventLayerMode = 'EXCLUDED' | 'PROJECTED' | 'INCLUDED';

/** A projected tie: two organisations that take part in the same occasions. */
export interface CoParticipationTie {
  /** The smaller id of the pair. */
  a: string;
  b: string;
  /** Σ 1/(n−1) over the occasions both take part in, n the occasion's participants (Newman 2001). */
  weight: number;
  /** The events, programmes or statements they share, in id order. */
  occasionIds: string[];
  /** The lower of the two participations' confidences, highest over the shared occasions. */
  confidence: number;
}

/** The id prefix of projected ties, which are not stored relations. */
export const CO_PARTICIPATION_PREFIX = 'co-participation:';

/** Whether an actor is an occasion (an event or a policy instrument) rather than an organisation. */
export function isOccasion(actor: Readonly<GraphActor>): boolean {
  return OCCASION_KINDS.includes(actor.kind);
}

/** Whether a relation belongs to the event layer: a participation, or any tie of an occasion. */
function inEventLayer(relation: Readonly<GraphRelation>, occasions: ReadonlySet<string>): boolean {
  return relation.type === PARTICIPATION_TYPE || occasions.has(relation.source) || occasions.has(relation.target);
}

/**
 * The co-participation projection (Newman 2001, "Scientific collaboration networks II"): every
 * target of a PARTICIPATES_IN relation (an event, a programme, a statement) with n ≥ 2 distinct
 * participating organisations gives each pair of them 1/(n−1), summed over the occasions they share.
 * A 28-participant academy thus ties each pair by 1/27, while two organisations that share a
 * two-member project are tied by 1: each participant spreads one unit of tie over its co-participants.
 * Participants that are themselves occasions are skipped. Ties come in (a, b) order.
 */
export function coParticipationTies(data: Readonly<GraphData>): CoParticipationTie[] {
  const occasionIds = new Set(data.actors.filter(isOccasion).map((actor) => actor.id));
  const participants = new Map<string, Map<string, number>>();
  for (const r of data.relations) {
    if (r.type !== PARTICIPATION_TYPE || r.source === r.target || occasionIds.has(r.source)) continue;
    let byParticipant = participants.get(r.target);
    if (!byParticipant) participants.set(r.target, (byParticipant = new Map()));
    byParticipant.set(r.source, Math.max(byParticipant.get(r.source) ?? 0, r.confidence));
  }
  const ties = new Map<string, CoParticipationTie>();
  for (const occasion of [...participants.keys()].sort()) {
    const members = participants.get(occasion) as Map<string, number>;
    const ids = [...members.keys()].sort();
    if (ids.length < 2) continue;
    const share = 1 / (ids.length - 1);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const confidence = Math.min(members.get(a) as number, members.get(b) as number);
        const tie = ties.get(`${a}|${b}`);
        if (tie) {
          tie.weight += share;
          tie.occasionIds.push(occasion);
          tie.confidence = Math.max(tie.confidence, confidence);
        } else {
          ties.set(`${a}|${b}`, { a, b, weight: share, occasionIds: [occasion], confidence });
        }
      }
    }
  }
  return [...ties.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** A projected tie as a relation the analyses read: undirected, cooperative, with its weight. */
function projectedRelation(
  tie: Readonly<CoParticipationTie>,
  themes: ReadonlyMap<string, readonly string[]>,
): GraphRelation {
  return {
    id: `${CO_PARTICIPATION_PREFIX}${tie.a}|${tie.b}`,
    type: PARTICIPATION_TYPE,
    source: tie.a,
    target: tie.b,
    directed: false,
    mode: null,
    engagement: null,
    formal: null,
    role: null,
    themes: [...new Set(tie.occasionIds.flatMap((id) => themes.get(id) ?? []))].sort(),
    since: null,
    until: null,
    amount: null,
    currency: null,
    confidence: tie.confidence,
    strength: null,
    weight: tie.weight,
  };
}

/**
 * The graph an analysis runs on for a mode of the event layer (see EventLayerMode). Returns the data
 * object itself when there is nothing to take out or add, so derived structures stay shared.
 */
export function withEventLayer(data: Readonly<GraphData>, mode: EventLayerMode): GraphData {
  if (mode === 'INCLUDED') return data as GraphData;
  const occasions = new Set(data.actors.filter(isOccasion).map((actor) => actor.id));
  if (occasions.size === 0 && !data.relations.some((r) => r.type === PARTICIPATION_TYPE)) return data as GraphData;
  const actors = data.actors.filter((actor) => !occasions.has(actor.id));
  const relations = data.relations.filter((r) => !inEventLayer(r, occasions));
  // Successions (issue 21) are between institutions, whatever the layer.
  const successions = data.successions ? { successions: data.successions } : {};
  if (mode === 'EXCLUDED') return { actors, relations, ...successions };
  // A projected tie is about what the occasions the pair shares are about.
  const themes = new Map(data.actors.map((actor) => [actor.id, actor.themes]));
  return {
    actors,
    relations: [...relations, ...coParticipationTies(data).map((tie) => projectedRelation(tie, themes))],
    ...successions,
  };
}
