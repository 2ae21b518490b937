import type { AnalyticsFilter, Mode, RelationType } from '../gql/graphql';
import { lastDayOf, type AsOfMonth } from './as-of-month';
import type { Filters } from './view-state';
import { analysisFilter, type AnalysisOptions } from './analysis-options';

/** The scope every analytics query shares: the workspace, the as-of month and the analytics filter. */
export interface AnalyticsScope {
  workspace: string;
  asOf: AsOfMonth | null;
  filters: Filters;
  /** The event layer and cross-border reading (defaults when absent). */
  analysis?: AnalysisOptions;
}

/** Turns the view's scope into the variables of `analytics(workspace:, asOf:, filter:)`. */
export function analyticsVariables({ workspace, asOf, filters, analysis }: AnalyticsScope): {
  workspace: string;
  asOf: string | null;
  filter: AnalyticsFilter | null;
} {
  const filter: AnalyticsFilter = analysis ? analysisFilter(analysis) : {};
  if (filters.themes.length) filter.themes = filters.themes;
  if (filters.types.length) filter.types = filters.types as RelationType[]; // the API rejects unknown values with BAD_USER_INPUT
  if (filters.modes.length) filter.modes = filters.modes as Mode[];
  if (filters.countries.length) filter.countries = filters.countries;
  return {
    workspace,
    asOf: asOf === null ? null : lastDayOf(asOf),
    filter: Object.keys(filter).length ? filter : null,
  };
}
