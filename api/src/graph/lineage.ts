import type { GraphData, GraphSuccession } from './analytics-graph';
import { derived } from './derived';
import { periodEnd, periodStart } from './partial-date';

/** Successions through which an institution's ties carry on: a successor continues, an absorber takes over. */
const CONTINUING: ReadonlySet<GraphSuccession['kind']> = new Set(['SUCCEEDS', 'MERGED_INTO']);

/** Continuing successions by predecessor id, earliest first (computed once per data object). */
function continuations(data: Readonly<GraphData>): ReadonlyMap<string, readonly GraphSuccession[]> {
  return derived(data, 'continuations', () => {
    const byPredecessor = new Map<string, GraphSuccession[]>();
    for (const succession of data.successions ?? []) {
      if (!CONTINUING.has(succession.kind)) continue;
      const list = byPredecessor.get(succession.predecessor) ?? [];
      list.push(succession);
      byPredecessor.set(succession.predecessor, list);
    }
    for (const list of byPredecessor.values()) {
      list.sort((a, b) => (periodStart(a.on) < periodStart(b.on) ? -1 : periodStart(a.on) > periodStart(b.on) ? 1 : 0));
    }
    return byPredecessor;
  });
}

const NO_STEPS: readonly GraphSuccession['kind'][] = [];

/** Where an actor's line stands on a date: the actor standing for it, and the successions followed to reach it. */
export interface LineOn {
  id: string;
  via: readonly GraphSuccession['kind'][];
}

/**
 * The institution that stands for `actorId` on `date`: the actor itself when `isPresent` says it is
 * there, else the successor it continued as (SUCCEEDS) or merged into (MERGED_INTO) by that date,
 * followed as far as needed; null when the line ends (dissolved, not yet founded, or only split
 * from, since a split does not say which part takes which tie). A cycle of successions ends the line.
 */
export function followLine(
  data: Readonly<GraphData>,
  actorId: string,
  date: string,
  isPresent: (id: string) => boolean,
): LineOn | null {
  // Most actors are there: answer them before allocating anything (this runs for both ends of every tie).
  if (isPresent(actorId)) return { id: actorId, via: NO_STEPS };
  const asked = periodEnd(date);
  const byPredecessor = continuations(data);
  const seen = new Set<string>();
  const via: GraphSuccession['kind'][] = [];
  let current = actorId;
  while (!isPresent(current)) {
    if (seen.has(current)) return null;
    seen.add(current);
    const next = byPredecessor.get(current)?.find((succession) => periodStart(succession.on) <= asked);
    if (!next) return null;
    via.push(next.kind);
    current = next.successor;
  }
  return { id: current, via };
}

/** The id `followLine` reaches, or null. */
export function continuationOn(
  data: Readonly<GraphData>,
  actorId: string,
  date: string,
  isPresent: (id: string) => boolean,
): string | null {
  if (isPresent(actorId)) return actorId;
  return followLine(data, actorId, date, isPresent)?.id ?? null;
}

/** Successions dated after `from` and on or before `to`, in date then id order. */
export function successionsBetween(data: Readonly<GraphData>, from: string, to: string): GraphSuccession[] {
  const after = periodEnd(from);
  const upTo = periodEnd(to);
  return (data.successions ?? [])
    .filter((succession) => periodStart(succession.on) > after && periodStart(succession.on) <= upTo)
    .sort((a, b) => {
      const [x, y] = [periodStart(a.on), periodStart(b.on)];
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}
