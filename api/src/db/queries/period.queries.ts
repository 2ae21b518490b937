import type { PeriodRecord } from '../../domain/period';
import { defineQuery } from '../query';

/** Writes a named period. */
export const PERIOD_CREATE = defineQuery<{ props: PeriodRecord }, { period: PeriodRecord }>(
  'period.create',
  'CREATE (p:Period) SET p = $props RETURN p {.*} AS period',
);

/** A workspace's periods, earliest first. */
export const PERIODS_OF_WORKSPACE = defineQuery<{ ws: string }, { period: PeriodRecord }>(
  'period.ofWorkspace',
  'MATCH (p:Period {workspaceId: $ws}) RETURN p {.*} AS period ORDER BY p.since, p.name, p.id',
);

/** One period by id. */
export const PERIOD_BY_ID = defineQuery<{ id: string }, { period: PeriodRecord }>(
  'period.byId',
  'MATCH (p:Period {id: $id}) RETURN p {.*} AS period',
);

/** Deletes a period (periods are not versioned: they name dates, nothing refers to them). */
export const PERIOD_DELETE = defineQuery<{ id: string }, { deleted: number }>(
  'period.delete',
  'MATCH (p:Period {id: $id}) DELETE p RETURN count(*) AS deleted',
);
