import { PERIOD_BY_ID, PERIOD_CREATE, PERIOD_DELETE, PERIODS_OF_WORKSPACE } from '../db/queries/period.queries';
import type { Database, Tx } from '../db/run-query';
import type { PeriodRecord } from '../domain/period';

const plain = (period: PeriodRecord): PeriodRecord => ({
  ...period,
  kind: period.kind ?? null,
  until: period.until ?? null,
});

export async function insertPeriod(tx: Tx, record: PeriodRecord): Promise<PeriodRecord> {
  const [row] = await tx.run(PERIOD_CREATE, { props: record });
  return plain(row!.period);
}

export async function periodsOf(db: Database, workspaceId: string): Promise<PeriodRecord[]> {
  return (await db.read(PERIODS_OF_WORKSPACE, { ws: workspaceId })).map((row) => plain(row.period));
}

export async function periodById(db: Database, id: string): Promise<PeriodRecord | null> {
  const [row] = await db.read(PERIOD_BY_ID, { id });
  return row ? plain(row.period) : null;
}

export async function deletePeriodRow(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx.run(PERIOD_DELETE, { id });
  return (row?.deleted ?? 0) > 0;
}
