import { randomUUID } from 'node:crypto';
import { endOf, isOrderedPeriod } from './partial-date';
import type { InputChecker } from './validation';

/** A named period of a workspace (a government, a legislature, a national plan): analyses take one instead of dates. */
export interface PeriodRecord {
  id: string;
  workspaceId: string;
  name: string;
  /** What kind of period it is, in the workspace's words ("government", "plan"); null when not said. */
  kind: string | null;
  since: string;
  /** Null while it runs. */
  until: string | null;
  createdAt: string;
  createdBy: string;
}

export interface PeriodFields {
  name?: string;
  kind?: string | null;
  since?: string;
  until?: string | null;
}

/** Checks a new period: a name, a start, an end not before it (partial dates). Paths start with `prefix`. */
export function checkPeriodFields(check: InputChecker, fields: PeriodFields, prefix: readonly string[]): void {
  const at = (name: string) => [...prefix, name];
  check.required(at('name'), fields.name);
  check.text(at('name'), fields.name?.trim(), { min: 1, max: 200 });
  check.text(at('kind'), fields.kind, { min: 1, max: 100 });
  check.required(at('since'), fields.since);
  check.partialDate(at('since'), fields.since);
  check.partialDate(at('until'), fields.until);
  if (check.ok && fields.since && fields.until && !isOrderedPeriod(fields.since, fields.until)) {
    check.add(at('until'), `must not be before since (${fields.since} > ${fields.until})`);
  }
}

export function newPeriodRecord(workspaceId: string, fields: PeriodFields, by: string, now: string): PeriodRecord {
  return {
    id: randomUUID(),
    workspaceId,
    name: fields.name!.trim(),
    kind: fields.kind?.trim() || null,
    since: fields.since!,
    until: fields.until ?? null,
    createdAt: now,
    createdBy: by,
  };
}

/**
 * The day an answer "as of a period" is read at: the period's last day (the state it ended in, as a
 * partial date asked about is read at its last day), or `today` while it runs.
 */
export function periodDay(period: Pick<PeriodRecord, 'until'>, today: string): string {
  return period.until ? endOf(period.until) : today;
}
