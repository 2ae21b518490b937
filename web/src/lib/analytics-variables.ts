import { endOfYear } from './partial-date';
import type { Filters } from './view-state';

/** The scope every analytics query shares: the workspace, the as-of day and the analytics filter. */
export interface AnalyticsScope {
  workspace: string;
  asOf: number | null;
  filters: Filters;
}

/** Turns the view's scope into the variables of `analytics(workspace:, asOf:, filter:)`. */
export function analyticsVariables({ workspace, asOf, filters }: AnalyticsScope): Record<string, unknown> {
  const filter: Record<string, string[]> = {};
  if (filters.themes.length) filter.themes = filters.themes;
  if (filters.types.length) filter.types = filters.types;
  if (filters.modes.length) filter.modes = filters.modes;
  if (filters.countries.length) filter.countries = filters.countries;
  return {
    workspace,
    asOf: asOf === null ? null : endOfYear(asOf),
    filter: Object.keys(filter).length ? filter : null,
  };
}

export const ANALYTICS_ARGS = '$workspace: ID!, $asOf: String, $filter: AnalyticsFilter';
export const ANALYTICS_CALL = 'analytics(workspace: $workspace, asOf: $asOf, filter: $filter)';
