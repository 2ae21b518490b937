import type { AnalyticsFilter, BrokerMeasure, EventLayer } from '../gql/graphql';
import { readChoice } from './url-values';

export const EVENT_LAYERS = ['EXCLUDED', 'PROJECTED', 'INCLUDED'] as const satisfies readonly EventLayer[];
export const BROKER_MEASURES = [
  'BETWEENNESS',
  'DEGREE',
  'PAGE_RANK',
  'CORE_NUMBER',
] as const satisfies readonly BrokerMeasure[];

/**
 * How tiers are read (PRODUCT.md §10): inside each country's national system (the default), along a
 * corridor of countries read as one system (origin, transit…, destination), or every country at once.
 */
export type CrossBorderChoice =
  { kind: 'NATIONAL' } | { kind: 'EVERY_COUNTRY' } | { kind: 'CORRIDOR'; countries: string[] };

/** The analysis options of issue 20 the API takes, chosen beside the lenses and kept in the URL. */
export interface AnalysisOptions {
  eventLayer: EventLayer;
  crossBorder: CrossBorderChoice;
  /** Strength and confidence weigh ties (brokers' betweenness and paths by tie cost). */
  weighted: boolean;
  /** The measure the Brokers lens ranks by. */
  rankBy: BrokerMeasure;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
  eventLayer: 'EXCLUDED',
  crossBorder: { kind: 'NATIONAL' },
  weighted: false,
  rankBy: 'BETWEENNESS',
};

const CODE = /^[A-Z]{2}$/;
/** A corridor holds an origin and a destination, with at most this many transit countries between. */
const MAX_TRANSIT = 5;

/**
 * `xb=every` or `xb=SN-MA-ES` (origin, transit…, destination, ISO codes) as a choice; anything else
 * (one country, a malformed code, a country twice) is the national reading.
 */
export function readCrossBorder(value: string | null): CrossBorderChoice {
  if (value === 'every') return { kind: 'EVERY_COUNTRY' };
  const countries = value ? value.split('-') : [];
  const valid =
    countries.length >= 2 &&
    countries.length <= MAX_TRANSIT + 2 &&
    countries.every((code) => CODE.test(code)) &&
    new Set(countries).size === countries.length;
  return valid ? { kind: 'CORRIDOR', countries } : { kind: 'NATIONAL' };
}

/** The cross-border choice as `xb`'s value; null for the national reading (the default, left out). */
export function writeCrossBorder(choice: CrossBorderChoice): string | null {
  if (choice.kind === 'EVERY_COUNTRY') return 'every';
  if (choice.kind === 'CORRIDOR') return choice.countries.join('-');
  return null;
}

/** Reads the options from a query string's parameters; unknown values fall back to the defaults. */
export function readAnalysisOptions(params: URLSearchParams): AnalysisOptions {
  return {
    eventLayer: readChoice(params.get('events'), EVENT_LAYERS) ?? DEFAULT_ANALYSIS.eventLayer,
    crossBorder: readCrossBorder(params.get('xb')),
    weighted: params.get('weighted') === '1',
    rankBy: readChoice(params.get('rankBy'), BROKER_MEASURES) ?? DEFAULT_ANALYSIS.rankBy,
  };
}

/** Writes the options that differ from the defaults into `params`. */
export function writeAnalysisOptions(options: AnalysisOptions, params: URLSearchParams): void {
  if (options.eventLayer !== DEFAULT_ANALYSIS.eventLayer) params.set('events', options.eventLayer);
  const crossBorder = writeCrossBorder(options.crossBorder);
  if (crossBorder) params.set('xb', crossBorder);
  if (options.weighted) params.set('weighted', '1');
  if (options.rankBy !== DEFAULT_ANALYSIS.rankBy) params.set('rankBy', options.rankBy);
}

/** The part of the analytics filter the options decide: the event layer and the cross-border reading. */
export function analysisFilter(options: AnalysisOptions): Pick<AnalyticsFilter, 'eventLayer' | 'crossBorder'> {
  const filter: Pick<AnalyticsFilter, 'eventLayer' | 'crossBorder'> = {};
  if (options.eventLayer !== 'EXCLUDED') filter.eventLayer = options.eventLayer;
  const { crossBorder } = options;
  if (crossBorder.kind === 'EVERY_COUNTRY') filter.crossBorder = { everyCountry: true };
  if (crossBorder.kind === 'CORRIDOR') {
    const { countries } = crossBorder;
    filter.crossBorder = {
      origin: countries[0]!,
      destination: countries[countries.length - 1]!,
      ...(countries.length > 2 ? { transit: countries.slice(1, -1) } : {}),
    };
  }
  return filter;
}
