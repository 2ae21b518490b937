import {
  ANALYTICS_ARGS,
  ANALYTICS_CALL,
  analyticsVariables,
  type AnalyticsScope,
} from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';

export interface MatrixCellAnswer {
  from: string;
  to: string;
  count: number;
  density: number | null;
}

export interface CoverageCellAnswer {
  theme: string;
  tier: string;
  actorCount: number;
  tiesUpward: number;
  tiesDownward: number;
  fundingReceived: { relationCount: number };
}

export interface MatrixAndCoverage {
  tierMatrix: { tiers: MatrixCellAnswer[] };
  coverage: { cells: CoverageCellAnswer[] };
}

const MATRIX_AND_COVERAGE = /* GraphQL */ `
  query MatrixAndCoverage(${ANALYTICS_ARGS}) {
    ${ANALYTICS_CALL} {
      tierMatrix { tiers { from to count density } }
      coverage { cells { theme tier actorCount tiesUpward tiesDownward fundingReceived { relationCount } } }
    }
  }
`;

/** The tier × tier relation matrix and the theme × tier coverage grid, in one round trip. */
export async function getMatrixAndCoverage(scope: AnalyticsScope, signal?: AbortSignal): Promise<MatrixAndCoverage> {
  return (await request<{ analytics: MatrixAndCoverage }>(MATRIX_AND_COVERAGE, analyticsVariables(scope), signal))
    .analytics;
}
