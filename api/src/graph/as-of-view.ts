import type { GraphActor, GraphData, GraphRelation } from './analytics-graph';
import { nameOn, relationOn } from './dated-state';
import { isActiveOn } from './is-active-on';
import { continuationOn } from './lineage';
import { periodEnd, periodStart } from './partial-date';

/**
 * `isActiveOn` for one asked date, for a whole graph: the asked period's bounds are computed once and
 * each distinct since / until once (a map holds few distinct dates and many records sharing them).
 */
function periodTest(date: string): (since: string | null, until: string | null) => boolean {
  const [askedStart, askedEnd] = [periodStart(date), periodEnd(date)];
  const starts = new Map<string, string>();
  const ends = new Map<string, string>();
  const startOf = (value: string): string => {
    let start = starts.get(value);
    if (start === undefined) starts.set(value, (start = periodStart(value)));
    return start;
  };
  const endOf = (value: string): string => {
    let end = ends.get(value);
    if (end === undefined) ends.set(value, (end = periodEnd(value)));
    return end;
  };
  return (since, until) => !(since && startOf(since) > askedEnd) && !(until && endOf(until) < askedStart);
}

/** Whether an actor exists on a date: inside its lifespan, read like a relation's (see `isActiveOn`). */
export function isPresentOn(actor: Readonly<Pick<GraphActor, 'since' | 'until'>>, date: string): boolean {
  return isActiveOn({ since: actor.since ?? null, until: actor.until ?? null }, date);
}

/**
 * The graph as it stood on a date, which every analysis as of that date runs on:
 * - actors inside their lifespan only, each under the name it carried then (`nameOn`);
 * - relations active on the date by their own dates, in the state of that date (`relationOn`);
 * - a relation's end that is no longer there but continued as, or merged into, another actor by that
 *   date stands for that actor (`continuationOn`): a merge combines the ties of the merged from its
 *   date; a relation with an end that is not there and not continued (before its founding, after its
 *   dissolution) is left out — ties are clipped to the lifespans of their ends. A tie that a merge
 *   turns into a self-tie is left out too.
 * Relation ids are kept, so a tie that moved to a successor is the same tie in a diff.
 */
export function asOfView(data: Readonly<GraphData>, date: string): GraphData {
  const within = periodTest(date);
  const actors: GraphActor[] = [];
  for (const actor of data.actors) {
    if (!within(actor.since ?? null, actor.until ?? null)) continue;
    const name = nameOn(actor, date);
    actors.push(name === actor.name ? actor : { ...actor, name });
  }
  const present = new Set(actors.map((actor) => actor.id));
  const isPresent = (id: string): boolean => present.has(id);
  const relations: GraphRelation[] = [];
  for (const relation of data.relations) {
    if (!within(relation.since, relation.until)) continue;
    const source = continuationOn(data, relation.source, date, isPresent);
    const target = continuationOn(data, relation.target, date, isPresent);
    if (source === null || target === null || source === target) continue;
    const stated = relationOn(relation, date);
    const moved = source !== relation.source || target !== relation.target;
    relations.push(moved ? { ...stated, source, target } : stated);
  }
  return { actors, relations, ...(data.successions ? { successions: data.successions } : {}) };
}
