import { endOf, startOf } from './partial-date';

/** A name with the period it was used in: from `since` (null: from the start) to before `replacedOn` (null: still used). */
export interface DatedName {
  name: string;
  since: string | null;
  replacedOn: string | null;
}

/**
 * Every name of an actor in date order, the current one last: former names (oldest first, with the
 * date each was replaced on) followed by `name`, each from the date the one before was replaced.
 */
export function datedNames(actor: {
  name: string;
  since: string | null;
  formerNames: readonly string[];
  renamedOn: readonly string[];
}): DatedName[] {
  const names: DatedName[] = actor.formerNames.map((name, i) => ({
    name,
    since: i === 0 ? actor.since : (actor.renamedOn[i - 1] ?? null),
    replacedOn: actor.renamedOn[i] ?? null,
  }));
  const last = actor.renamedOn[actor.renamedOn.length - 1] ?? null;
  names.push({ name: actor.name, since: actor.formerNames.length > 0 ? last : actor.since, replacedOn: null });
  return names;
}

/**
 * The name in force on a (partial) date: the name of the last day of the period asked about, so
 * "2017" after a rename in May 2017 gives the new name. Former names are given with the date each
 * was replaced on, in any order.
 */
export function nameAsOf(
  current: string,
  formerNames: ReadonlyArray<{ name: string; replacedOn: string }>,
  date: string,
): string {
  const asked = endOf(date);
  const earliestFirst = [...formerNames].sort((a, b) => (startOf(a.replacedOn) < startOf(b.replacedOn) ? -1 : 1));
  for (const former of earliestFirst) if (asked < startOf(former.replacedOn)) return former.name;
  return current;
}
