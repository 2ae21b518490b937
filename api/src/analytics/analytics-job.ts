import type { ActorKind, Mode, RelationType, Tier } from '../domain/vocabulary';
import type { BrokersResult } from '../graph/brokers';
import type { BrokerMeasure } from '../graph/ranked-measures';
import type { CoverageGridResult } from '../graph/coverage-grid';
import type { DeliveryWithoutVoice } from '../graph/delivery-without-voice';
import type { EventLayerMode } from '../graph/event-layer';
import type { CrossBorder } from '../graph/national-systems';
import type { FundingResult } from '../graph/funding';
import type { FundingChains } from '../graph/funding-chains';
import type { LinkSuggestionsResult } from '../graph/link-suggestions';
import type { Corridor } from '../graph/corridor';
import type { PartnersResult } from '../graph/partner-finder';
import type { PathsResult } from '../graph/paths';
import type { SilosResult } from '../graph/silos';
import type { GraphFilter } from '../graph/subgraph-filter';
import type { TierMatrixResult } from '../graph/tier-matrix';
import type { MeasureDiff } from '../graph/measure-diff';
import type { TimeDiff } from '../graph/time-diff';
import type { VerticalGapsResult } from '../graph/vertical-gaps';

/** The subgraph an analysis runs on: `filterGraph`'s filter, normalised (see `normaliseFilter`). */
export interface AnalyticsFilter extends GraphFilter {
  asOf: string | null;
  themes: string[] | null;
  types: RelationType[] | null;
  modes: Mode[] | null;
  countries: string[] | null;
  minConfidence: number | null;
  eventLayer: EventLayerMode;
  /** Tiers read across borders (a corridor, or every country); null: each national system on its own. */
  crossBorder: CrossBorder | null;
}

/** One analysis with its arguments, as sent to an engine (plain data, so it crosses to a worker). */
export type AnalyticsJob =
  | { kind: 'size' }
  | { kind: 'tierMatrix' }
  | { kind: 'silos' }
  | { kind: 'gaps'; theme: string; suggestionsPerGap: number }
  | { kind: 'coverage'; byCountry: boolean }
  | { kind: 'deliveryWithoutVoice' }
  | { kind: 'funding'; dependenceThreshold: number }
  | { kind: 'fundingChains'; recipientId: string }
  | BrokersJob
  | { kind: 'betweennessPart'; first: number; count: number }
  | { kind: 'suggestedLinks'; actorId: string | null; top: number }
  | {
      kind: 'partners';
      actorId: string;
      themes: string[] | null;
      countries: string[] | null;
      tiers: Tier[] | null;
      kinds: ActorKind[] | null;
      corridor: Corridor | null;
      top: number;
    }
  | {
      kind: 'paths';
      from: string;
      to: string;
      k: number;
      types: RelationType[] | null;
      modes: Mode[] | null;
      minConfidence: number | null;
      /** Cheapest by tie cost (strength and confidence) instead of fewest steps. */
      weighted: boolean;
    }
  | { kind: 'diff'; from: string; to: string }
  /** The measures compared between the two dates (`measureDiff`), brokerage movers up to MAX_BROKERAGE_CHANGES. */
  | { kind: 'diffMeasures'; from: string; to: string };

/**
 * The brokers analysis. `exact`: every actor's exact betweenness (actor-id order of the filtered
 * graph), summed in the background (see `background-betweenness.ts`), to rank by instead of sampling.
 */
export interface BrokersJob {
  kind: 'brokers';
  top: number;
  actorId: string | null;
  /** The measure ranked by; BETWEENNESS when absent. */
  rankBy?: BrokerMeasure;
  /** Betweenness over the cheapest paths by tie cost (`weighted-betweenness.ts`) instead of the fewest steps. */
  weighted?: boolean;
  exact?: readonly number[] | null;
}

/** Dependency sums of the sources `first … first + count − 1` (see `dependencySums`), one slice of exact betweenness. */
export interface BetweennessPart {
  actorCount: number;
  sums: number[];
}

/** The brokers analysis cut to the `top` actors by the ranked measure, or to one actor. */
export interface TopBrokers extends Omit<BrokersResult, 'actors'> {
  rankedBy: BrokerMeasure;
  /** Whether betweenness was weighted by tie cost. */
  weighted: boolean;
  /** Actors ranked before the cut: every actor of the filtered graph. */
  actorCount: number;
  /** Each row with its 1-based position in the ranking. */
  actors: Array<BrokersResult['actors'][number] & { rank: number }>;
}

export interface GraphSize {
  actorCount: number;
  relationCount: number;
}

/** What each job returns. */
export interface AnalyticsResults {
  size: GraphSize;
  tierMatrix: TierMatrixResult;
  silos: SilosResult;
  gaps: VerticalGapsResult;
  coverage: CoverageGridResult;
  deliveryWithoutVoice: DeliveryWithoutVoice[];
  funding: FundingResult;
  fundingChains: FundingChains | null;
  brokers: TopBrokers;
  betweennessPart: BetweennessPart;
  suggestedLinks: LinkSuggestionsResult;
  partners: PartnersResult;
  paths: PathsResult;
  diff: TimeDiff;
  diffMeasures: MeasureDiff;
}

export type JobResult<J extends AnalyticsJob> = AnalyticsResults[J['kind']];

/**
 * The cache key of a job: its canonical JSON, with a brokers job's exact values (thousands of numbers,
 * fixed by the graph and filter that are in the key anyway) reduced to a marker.
 */
export function jobKey(job: Readonly<AnalyticsJob>): string {
  return canonicalJson(job.kind === 'brokers' && job.exact ? { ...job, exact: 'FROM_CACHE' } : job);
}

/** Sorted, de-duplicated, and null when empty: filters that mean the same get the same key. */
export function normaliseList<T extends string>(values: readonly T[] | null | undefined): T[] | null {
  if (!values || values.length === 0) return null;
  return [...new Set(values)].sort();
}

function normaliseCrossBorder(crossBorder: Readonly<CrossBorder> | null | undefined): CrossBorder | null {
  if (!crossBorder) return null;
  return { countries: crossBorder.countries === null ? null : (normaliseList(crossBorder.countries) ?? []) };
}

/** A filter in its canonical form (see `normaliseList`); absent values become null. */
export function normaliseFilter(
  filter: Readonly<Partial<GraphFilter> & { crossBorder?: CrossBorder | null }> | null | undefined,
): AnalyticsFilter {
  return {
    asOf: filter?.asOf ?? null,
    themes: normaliseList(filter?.themes),
    types: normaliseList(filter?.types),
    modes: normaliseList(filter?.modes),
    countries: normaliseList(filter?.countries),
    minConfidence: filter?.minConfidence ?? null,
    eventLayer: filter?.eventLayer ?? 'EXCLUDED',
    crossBorder: normaliseCrossBorder(filter?.crossBorder),
  };
}

/** JSON with object keys sorted, so equal values give equal strings whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
