import { startOf } from '../domain/partial-date';
import { InputChecker } from '../domain/validation';
import type { ActorKind, Mode, RelationType, Tier } from '../domain/vocabulary';
import type { Corridor } from '../graph/corridor';
import type { EventLayerMode } from '../graph/event-layer';
import type { CrossBorder } from '../graph/national-systems';
import type { AnalyticsFilter } from './analytics-job';
import { normaliseFilter, normaliseList } from './analytics-job';

/** The analytics filter as a client sends it. */
export interface AnalyticsFilterArgs {
  themes?: string[] | null;
  types?: RelationType[] | null;
  modes?: Mode[] | null;
  countries?: string[] | null;
  minConfidence?: number | null;
  eventLayer?: EventLayerMode | null;
  crossBorder?: CrossBorderArgs | null;
}

/** A cross-border reading of tiers as a client sends it. */
export interface CrossBorderArgs {
  origin?: string | null;
  transit?: string[] | null;
  destination?: string | null;
  everyCountry?: boolean | null;
}

export const MAX_TOP = 500;
export const MAX_K = 10;
const MAX_LIST = 50;

function countries(check: InputChecker, field: readonly string[], values: readonly string[] | null | undefined): void {
  check.list(field, values, MAX_LIST, (path, value) => check.country(path, value));
}

/** Checks the date and filter of `analytics(…)` (BAD_USER_INPUT naming each bad field) and normalises them. */
export function checkAnalyticsFilter(
  asOf: string | null | undefined,
  filter: AnalyticsFilterArgs | null | undefined,
  themeIds: ReadonlySet<string>,
): AnalyticsFilter {
  const check = new InputChecker();
  check.isoDate(['asOf'], asOf);
  check.themes(['filter', 'themes'], filter?.themes, themeIds);
  countries(check, ['filter', 'countries'], filter?.countries);
  check.range(['filter', 'minConfidence'], filter?.minConfidence, 0, 1);
  const crossBorder = checkCrossBorder(check, filter?.crossBorder);
  check.throwIfAny();
  return normaliseFilter({ ...filter, asOf: asOf ?? null, crossBorder });
}

/**
 * A cross-border reading: a corridor (origin, transit, destination: ISO countries) or every country
 * at once (`everyCountry: true`), not both and not neither, since the default is national systems.
 */
function checkCrossBorder(check: InputChecker, args: CrossBorderArgs | null | undefined): CrossBorder | null {
  if (!args) return null;
  const at = ['filter', 'crossBorder'];
  const corridor = [args.origin, ...(args.transit ?? []), args.destination].filter(
    (c): c is string => c !== null && c !== undefined,
  );
  if (args.origin != null) check.country([...at, 'origin'], args.origin);
  countries(check, [...at, 'transit'], args.transit);
  if (args.destination != null) check.country([...at, 'destination'], args.destination);
  if (args.everyCountry && corridor.length > 0) {
    check.add([...at, 'everyCountry'], 'cannot be combined with a corridor (origin, transit, destination)');
  } else if (!args.everyCountry && corridor.length < 2) {
    check.add(
      at,
      'needs a corridor of at least two countries (origin, transit, destination) or everyCountry: true; leave it out to read each national system on its own',
    );
  }
  return args.everyCountry ? { countries: null } : { countries: corridor };
}

/** `top`: a whole number from 1 to 500, `fallback` when absent. */
export function checkTop(top: number | null | undefined, fallback: number): number {
  const check = new InputChecker();
  check.range(['top'], top, 1, MAX_TOP, { integer: true });
  check.throwIfAny();
  return top ?? fallback;
}

/** `theme` must be a theme of the workspace (built-in or its own). */
export function checkTheme(theme: string, themeIds: ReadonlySet<string>): string {
  if (!themeIds.has(theme)) {
    new InputChecker().add(['theme'], `is not a theme of this workspace: "${theme}"`).throwIfAny();
  }
  return theme;
}

/** Suggestions per vertical gap: a whole number from 0 to 20, 3 when absent. */
export function checkSuggestionsPerGap(value: number | null | undefined): number {
  const check = new InputChecker();
  check.range(['suggestionsPerGap'], value, 0, 20, { integer: true });
  check.throwIfAny();
  return value ?? 3;
}

/** The dependence threshold: a top-funder share from 0 to 1, 0.5 when absent. */
export function checkDependenceThreshold(value: number | null | undefined): number {
  const check = new InputChecker();
  check.range(['dependenceThreshold'], value, 0, 1);
  check.throwIfAny();
  return value ?? 0.5;
}

/** Diff dates: YYYY, YYYY-MM or YYYY-MM-DD each, and `to` not before `from`. */
export function checkDiffDates(from: string, to: string): void {
  const check = new InputChecker();
  check.partialDate(['from'], from);
  check.partialDate(['to'], to);
  if (check.ok && startOf(to) < startOf(from)) check.add(['to'], `must not be before from (${from} > ${to})`);
  check.throwIfAny();
}

/** `limit` of the brokerage movers in a diff: a whole number from 1 to `max`, 20 when absent. */
export function checkDiffLimit(limit: number | null | undefined, max: number): number {
  const check = new InputChecker();
  check.range(['limit'], limit, 1, max, { integer: true });
  check.throwIfAny();
  return limit ?? 20;
}

export interface PartnerArgs {
  themes?: string[] | null;
  countries?: string[] | null;
  corridor?: { origin?: string | null; destination?: string | null } | null;
  tiers?: Tier[] | null;
  kinds?: ActorKind[] | null;
  top?: number | null;
}

/** A corridor: each end an ISO country, at least one of them, and not the same country twice. */
function corridor(check: InputChecker, value: PartnerArgs['corridor']): Corridor | null {
  if (value === undefined || value === null) return null;
  const origin = value.origin ?? null;
  const destination = value.destination ?? null;
  check.country(['corridor', 'origin'], origin);
  check.country(['corridor', 'destination'], destination);
  if (origin === null && destination === null) check.add(['corridor'], 'needs an origin or a destination country');
  else if (origin === destination) check.add(['corridor', 'destination'], `must differ from the origin (${origin})`);
  return { origin, destination };
}

/** Partner criteria: known themes, ISO countries, a corridor, top 1–500 (20 by default). */
export function checkPartnerArgs(args: PartnerArgs, themeIds: ReadonlySet<string>) {
  const check = new InputChecker();
  check.themes(['themes'], args.themes, themeIds);
  countries(check, ['countries'], args.countries);
  const checkedCorridor = corridor(check, args.corridor);
  check.range(['top'], args.top, 1, MAX_TOP, { integer: true });
  check.throwIfAny();
  return {
    themes: normaliseList(args.themes),
    countries: normaliseList(args.countries),
    tiers: normaliseList(args.tiers),
    kinds: normaliseList(args.kinds),
    corridor: checkedCorridor,
    top: args.top ?? 20,
  };
}

export interface PathArgs {
  k?: number | null;
  types?: RelationType[] | null;
  modes?: Mode[] | null;
  minConfidence?: number | null;
  weighted?: boolean | null;
}

/** Path options: k from 1 to 10 (3 by default), minConfidence from 0 to 1, unweighted by default. */
export function checkPathArgs(args: PathArgs) {
  const check = new InputChecker();
  check.range(['k'], args.k, 1, MAX_K, { integer: true });
  check.range(['minConfidence'], args.minConfidence, 0, 1);
  check.throwIfAny();
  return {
    k: args.k ?? 3,
    types: normaliseList(args.types),
    modes: normaliseList(args.modes),
    minConfidence: args.minConfidence ?? null,
    weighted: args.weighted ?? false,
  };
}
