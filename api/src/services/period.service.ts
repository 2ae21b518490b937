import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import { checkPeriodFields, newPeriodRecord, periodDay, type PeriodFields, type PeriodRecord } from '../domain/period';
import { InputChecker } from '../domain/validation';
import { NotFoundError } from '../errors';
import { deletePeriodRow, insertPeriod, periodById, periodsOf } from '../repositories/period.repository';
import { asEditorIn, inWorkspace } from './rights.service';

/** The named periods of a workspace the viewer may see, earliest first. NOT_FOUND (workspace). */
export async function listPeriods(db: Database, viewer: Viewer, workspace: string): Promise<PeriodRecord[]> {
  const scoped = await inWorkspace(db, viewer, workspace);
  return periodsOf(db, scoped.workspace.id);
}

/** Names a period in a workspace (editors). BAD_USER_INPUT (input.*), nothing written. */
export async function createPeriod(
  db: Database,
  viewer: Viewer,
  workspace: string,
  input: PeriodFields,
): Promise<PeriodRecord> {
  const scoped = await asEditorIn(db, viewer, workspace);
  const check = new InputChecker();
  checkPeriodFields(check, input, ['input']);
  check.throwIfAny();
  const record = newPeriodRecord(scoped.workspace.id, input, scoped.viewer.id, new Date().toISOString());
  return db.writeTransaction((tx) => insertPeriod(tx, record));
}

/** Deletes a period (editors of its workspace); NOT_FOUND (id) for one the viewer may not know. */
export async function deletePeriod(db: Database, viewer: Viewer, id: string): Promise<PeriodRecord> {
  const period = await periodById(db, id);
  if (!period) throw new NotFoundError('Period', id, 'id');
  await asEditorIn(db, viewer, period.workspaceId).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('Period', id, 'id') : error;
  });
  await db.writeTransaction((tx) => deletePeriodRow(tx, id));
  return period;
}

/**
 * A period of the workspace an analysis runs in, for `analytics(period:)` and `diff(fromPeriod:, toPeriod:)`;
 * NOT_FOUND at `field` when there is none (or it belongs to another workspace).
 */
export async function periodIn(db: Database, workspaceId: string, id: string, field: string): Promise<PeriodRecord> {
  const period = await periodById(db, id);
  if (!period || period.workspaceId !== workspaceId) throw new NotFoundError('Period', id, field);
  return period;
}

/**
 * The day an analysis reads: `date` as given, or the day of period `periodId` (its last day, today
 * while it runs: see periodDay). Giving both is refused (BAD_USER_INPUT at `periodField`); `required`
 * refuses neither at `dateField`.
 */
export async function dateOrPeriod(
  db: Database,
  workspaceId: string,
  given: { date: string | null | undefined; periodId: string | null | undefined },
  fields: { date: string; period: string },
  required: boolean,
): Promise<string | null> {
  const check = new InputChecker();
  if (given.date != null && given.periodId != null)
    check.add([fields.period], `give ${fields.date} or ${fields.period}, not both`);
  if (required && given.date == null && given.periodId == null)
    check.add([fields.date], `is required (or ${fields.period})`);
  check.throwIfAny();
  if (given.periodId == null) return given.date ?? null;
  const period = await periodIn(db, workspaceId, given.periodId, fields.period);
  return periodDay(period, new Date().toISOString().slice(0, 10));
}
