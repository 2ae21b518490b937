import type { ActorRecord } from './actor';
import { endOf, isPartialDate, startOf } from './partial-date';
import type { InputChecker } from './validation';

type Path = readonly (string | number)[];

/**
 * The period just before a partial date, at its precision: "2017" → "2016", "2017-01" → "2016-12",
 * "2017-05-01" → "2017-04-30". An actor merged away on `on` lives until the period before it, so that
 * on no day are both it and its ties' new holder counted.
 */
export function previousPeriod(on: string): string {
  const [year, month, day] = on.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return String(year - 1).padStart(4, '0');
  if (day === undefined) {
    const date = new Date(Date.UTC(year, month - 2, 1));
    return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** Checks the date of a succession: required, a partial date; true when it can be compared. */
export function checkSuccessionDate(check: InputChecker, on: string | null | undefined, field: Path): on is string {
  if (!check.required(field, on)) return false;
  check.partialDate(field, on);
  return isPartialDate(on!);
}

/**
 * Checks that an actor exists on the day a succession takes effect, reporting at `field`: live,
 * founded before it (a rename, merge or split on its first day would leave no period for the
 * state before) and not ended before it.
 */
export function checkAliveOn(
  check: InputChecker,
  actor: Pick<ActorRecord, 'id' | 'name' | 'since' | 'until' | 'deletedAt'>,
  on: string,
  field: Path,
  { strictlyAfterSince = true }: { strictlyAfterSince?: boolean } = {},
): void {
  if (actor.deletedAt) {
    check.add(field, `actor ${actor.id} is deleted; restore it first`);
    return;
  }
  const start = startOf(on);
  if (actor.since && (strictlyAfterSince ? start <= startOf(actor.since) : start < startOf(actor.since))) {
    check.add(field, `must fall after the founding of ${actor.name} (since ${actor.since}, got ${on})`);
  }
  if (actor.until && start > endOf(actor.until)) {
    check.add(field, `must fall inside the lifespan of ${actor.name} (until ${actor.until}, got ${on})`);
  }
}

/** Checks a rename's date against the renames before it: it must come after the last one. */
export function checkRenameDate(
  check: InputChecker,
  actor: Pick<ActorRecord, 'renamedOn'>,
  on: string,
  field: Path,
): void {
  const last = actor.renamedOn[actor.renamedOn.length - 1];
  if (last && startOf(on) <= startOf(last)) check.add(field, `must come after the last rename (${last}, got ${on})`);
}
