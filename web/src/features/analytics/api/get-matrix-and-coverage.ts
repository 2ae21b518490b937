import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { graphql } from '../../../gql';
import type { MatrixAndCoverageQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type MatrixAndCoverage = MatrixAndCoverageQuery['analytics'];
export type MatrixCellAnswer = MatrixAndCoverage['tierMatrix']['tiers'][number];
export type CoverageCellAnswer = MatrixAndCoverage['coverage']['cells'][number];

const MATRIX_AND_COVERAGE = graphql(`
  query MatrixAndCoverage($workspace: ID!, $asOf: String, $filter: AnalyticsFilter) {
    analytics(workspace: $workspace, asOf: $asOf, filter: $filter) {
      tierMatrix {
        tiers {
          from
          to
          count
          density
        }
      }
      coverage {
        cells {
          theme
          tier
          actorCount
          tiesUpward
          tiesDownward
          fundingReceived {
            relationCount
          }
        }
      }
    }
  }
`);

/** The tier × tier relation matrix and the theme × tier coverage grid, in one round trip. */
export async function getMatrixAndCoverage(scope: AnalyticsScope, signal?: AbortSignal): Promise<MatrixAndCoverage> {
  return (await request(MATRIX_AND_COVERAGE, analyticsVariables(scope), signal)).analytics;
}
