import type { GraphActor, GraphRelation, RelationState } from './analytics-graph';
import { nameAsOf } from '../domain/dated-names';
import { periodEnd, periodStart } from './partial-date';

/**
 * The name an actor carried as of a date. A partial date asked about reads the name in force on the
 * last day of its period ("2017" after a rename in May 2017 gives the new name): the state of a
 * period is the one it ended in, so that a year's answer shows the names a reader of that year's
 * closing documents would meet.
 */
export function nameOn(actor: Readonly<Pick<GraphActor, 'name' | 'formerNames'>>, date: string): string {
  if (!actor.formerNames || actor.formerNames.length === 0) return actor.name;
  return nameAsOf(actor.name, actor.formerNames, date);
}

/**
 * A relation as it stood on a date: its own fields overlaid with every dated state that began on or
 * before the last day of the period asked about. States are kept in date order (the API refuses them
 * otherwise). Returns the relation itself when no state applies, so unchanged ties keep their identity.
 */
export function relationOn(relation: Readonly<GraphRelation>, date: string): GraphRelation {
  if (!relation.states || relation.states.length === 0) return relation;
  const asked = periodEnd(date);
  let next: GraphRelation | null = null;
  for (const state of relation.states) {
    if (periodStart(state.on) > asked) break;
    next ??= { ...relation };
    overlay(next, state);
  }
  return next ?? relation;
}

function overlay(target: GraphRelation, state: Readonly<RelationState>): void {
  if (state.mode !== undefined) target.mode = state.mode;
  if (state.engagement !== undefined) target.engagement = state.engagement;
  if (state.strength !== undefined) target.strength = state.strength;
  if (state.confidence !== undefined) target.confidence = state.confidence;
}
