import type { CorridorInput } from '../../gql/graphql';
import { analyticsVariables, type AnalyticsScope } from '../../lib/analytics-variables';
import type { Filters } from '../../lib/view-state';

/** What the Partners tab's selectors hold; themes and countries follow the map's filters until chosen. */
export interface PartnerChoice {
  themes?: readonly string[];
  countries?: readonly string[];
  origin: string | null;
  destination: string | null;
}

export const NO_CHOICE: PartnerChoice = { origin: null, destination: null };

/** What the candidates must meet (the API's `partners(themes:, countries:, corridor:)`). */
export interface PartnerCriteria {
  themes: readonly string[];
  countries: readonly string[];
  corridor: CorridorInput | null;
}

/** The criteria of a choice: a theme or country not chosen is the map's; a corridor needs one end at least. */
export function partnerCriteria(choice: PartnerChoice, filters: Filters): PartnerCriteria {
  const { origin, destination } = choice;
  return {
    themes: choice.themes ?? filters.themes,
    countries: choice.countries ?? filters.countries,
    corridor: origin || destination ? { origin, destination } : null,
  };
}

/**
 * The variables of the partners query. The map's themes and countries become criteria on the
 * candidates, never a cut of the analysed graph: cut to Senegal, the graph lost a Senegalese diaspora
 * organisation based in Spain, so the partner finder had nobody to look for partners for. The rest of
 * the map's filter (types, modes) and its date still shape the graph the introductions run over.
 */
export function partnerVariables(scope: AnalyticsScope, criteria: PartnerCriteria) {
  const variables = analyticsVariables({ ...scope, filters: { ...scope.filters, themes: [], countries: [] } });
  return {
    ...variables,
    themes: criteria.themes.length ? [...criteria.themes] : null,
    countries: criteria.countries.length ? [...criteria.countries] : null,
    corridor: criteria.corridor,
  };
}

/** The criteria in words, for the list's caption and its empty answer: "based in Senegal, on Reception". */
export function describePartnerCriteria(
  criteria: PartnerCriteria,
  themeLabel: (id: string) => string,
  countryName: (code: string) => string,
): string {
  const or = (items: readonly string[]) => items.join(' or ');
  const { corridor } = criteria;
  const corridorName = (code: string | null | undefined) => (code ? countryName(code) : 'anywhere');
  return [
    criteria.countries.length > 0 && `based in ${or(criteria.countries.map(countryName))}`,
    criteria.themes.length > 0 && `on ${or(criteria.themes.map(themeLabel))}`,
    corridor && `in the corridor ${corridorName(corridor.origin)} → ${corridorName(corridor.destination)}`,
  ]
    .filter((part): part is string => typeof part === 'string')
    .join(', ');
}
