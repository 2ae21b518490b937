import { graphql } from '../../../gql';
import type { PeriodsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type PeriodAnswer = PeriodsQuery['periods'][number];

const PERIODS = graphql(`
  query Periods($workspace: ID!) {
    periods(workspace: $workspace) {
      id
      name
      kind
      since
      until
    }
  }
`);

/** The named periods of a workspace (governments, legislatures, plans), earliest first. */
export async function getPeriods(workspace: string, signal?: AbortSignal): Promise<PeriodAnswer[]> {
  return (await request(PERIODS, { workspace }, signal)).periods;
}
