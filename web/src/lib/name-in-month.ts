import { monthOf, type AsOfMonth } from './as-of-month';

/** The name fields of an actor the map holds: today's name, former names oldest first and their dates. */
export interface NamedActor {
  name: string;
  /** Absent or empty: never renamed. */
  formerNames?: readonly string[] | null;
  renamedOn?: readonly string[] | null;
}

/**
 * The name an actor carried in the month the time bar shows, as the API's `nameOn` reads it: the
 * name in force on the month's last day, so a rename on 14 May 2017 (or in "2017-05", or in "2017",
 * whose first month is January) shows the new name from that month on. Today's name with no month.
 */
export function nameInMonth(actor: Readonly<NamedActor>, month: AsOfMonth | null): string {
  const former = actor.formerNames ?? [];
  if (month === null || former.length === 0) return actor.name;
  const dates = actor.renamedOn ?? [];
  for (let i = 0; i < former.length; i += 1) {
    const replacedOn = dates[i];
    if (replacedOn && month < monthOf(replacedOn)) return former[i]!;
  }
  return actor.name;
}

/** The actor with the name of the month on it (itself when the name is today's). */
export function withNameInMonth<A extends NamedActor>(actor: A, month: AsOfMonth | null): A {
  const name = nameInMonth(actor, month);
  return name === actor.name ? actor : { ...actor, name };
}

/** The name fields from an actor's dated names (oldest first, the current one last), as the API's `names` gives them. */
export function fromDatedNames(
  names: ReadonlyArray<{ name: string; replacedOn: string | null }>,
): Required<Pick<NamedActor, 'formerNames' | 'renamedOn'>> {
  const former = names.filter((entry) => entry.replacedOn !== null);
  return { formerNames: former.map((entry) => entry.name), renamedOn: former.map((entry) => entry.replacedOn!) };
}
