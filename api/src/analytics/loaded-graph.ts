import type { GraphData } from '../graph/analytics-graph';
import type { BrokerRanking } from '../graph/brokers';
import { brokerRows, rankBetweenness, rankBrokers } from '../graph/brokers';
import type { BetweennessOptions } from '../graph/betweenness';
import { betweennessFromValues } from '../graph/betweenness';
import { dependencySums } from '../graph/brandes-pass';
import { indexCooperativeAdjacency } from '../graph/indexed-adjacency';
import { coverageGrid } from '../graph/coverage-grid';
import { deliveryWithoutVoice } from '../graph/delivery-without-voice';
import { funding } from '../graph/funding';
import { fundingChains } from '../graph/funding-chains';
import type { LinkScoringContext } from '../graph/link-scoring';
import { buildLinkScoringContext } from '../graph/link-scoring';
import { suggestedLinks } from '../graph/link-suggestions';
import { partners } from '../graph/partner-finder';
import { paths } from '../graph/paths';
import { rankBy } from '../graph/ranked-measures';
import { weightedBetweenness } from '../graph/weighted-betweenness';
import { silos } from '../graph/silos';
import { filterGraph } from '../graph/subgraph-filter';
import { tierMatrix } from '../graph/tier-matrix';
import { diff } from '../graph/time-diff';
import { measureDiff } from '../graph/measure-diff';
import { verticalGaps } from '../graph/vertical-gaps';
import type { AnalyticsFilter, AnalyticsJob } from './analytics-job';
import { canonicalJson } from './analytics-job';
import { LruCache } from './lru-cache';

/** Seed of every seeded step (Louvain, pivot sampling), so the same data gives the same answers. */
export const ANALYTICS_SEED = 1;

/** Betweenness is exact up to this many actors and sampled from BETWEENNESS_PIVOTS pivots above. */
export const BETWEENNESS_EXACT_LIMIT = 5000;
export const BETWEENNESS_PIVOTS = 500;

/** Brokerage movers a measure diff keeps (TimeDiff.brokerageChanges answers up to this many). */
export const MAX_BROKERAGE_CHANGES = 100;

/** An actor id the job needs is not in the graph the viewer may see. */
export class UnknownActorError extends Error {
  constructor(
    readonly field: string,
    readonly actorId: string,
  ) {
    super(`Actor ${actorId} was not found`);
  }
}

/** How betweenness is computed: the exact limit and pivots above it (tests lower them). */
export interface LoadedGraphOptions {
  betweennessExactLimit?: number;
  betweennessPivots?: number;
}

interface FilteredView {
  data: GraphData;
  /** Built on first use: Louvain, tier gaps per theme and the link index, shared by every link job. */
  context: LinkScoringContext | null;
  /** Every actor's betweenness, ranked, kept so that another `top` only computes other rows. */
  brokers: BrokerRanking | null;
  /** The same from exact values summed in the background, once they were handed in. */
  exactBrokers: BrokerRanking | null;
  /** The same by weighted betweenness, once asked for. */
  weightedBrokers: BrokerRanking | null;
}

/**
 * One workspace graph as one viewer may see it, held for as long as its revision is current. Each
 * filter's subgraph (and its link-scoring context, the expensive part of suggestions, partners and
 * gaps) is kept for the next job on the same filter.
 */
export class LoadedGraph {
  private readonly actorIds: ReadonlySet<string>;
  private readonly views = new LruCache<string, FilteredView>({ maxEntries: 8 });

  constructor(
    readonly data: Readonly<GraphData>,
    private readonly options: Readonly<LoadedGraphOptions> = {},
  ) {
    this.actorIds = new Set(data.actors.map((actor) => actor.id));
  }

  /** Runs one analysis on the filtered subgraph; throws UnknownActorError for ids the viewer cannot see. */
  run(filter: Readonly<AnalyticsFilter>, job: Readonly<AnalyticsJob>): unknown {
    const view = (): FilteredView => this.view(filter);
    switch (job.kind) {
      case 'size': {
        // The size of the records analysed, occasions and participations included.
        const { data } = this.view({ ...filter, eventLayer: 'INCLUDED' });
        return { actorCount: data.actors.length, relationCount: data.relations.length };
      }
      case 'tierMatrix':
        return tierMatrix(view().data);
      case 'silos':
        return silos(view().data, { seed: ANALYTICS_SEED });
      case 'gaps':
        return verticalGaps(
          view().data,
          job.theme,
          { suggestionsPerGap: job.suggestionsPerGap, crossBorder: filter.crossBorder },
          this.context(view(), filter),
        );
      case 'coverage':
        return coverageGrid(view().data, { byCountry: job.byCountry });
      case 'deliveryWithoutVoice':
        return deliveryWithoutVoice(view().data);
      case 'funding':
        // Money is followed wherever it goes, to an event or a programme as well: every layer.
        return funding(this.view({ ...filter, eventLayer: 'INCLUDED' }).data, {
          dependenceThreshold: job.dependenceThreshold,
        });
      case 'fundingChains':
        this.requireActor(job.recipientId, 'recipientId');
        return fundingChains(this.view({ ...filter, eventLayer: 'INCLUDED' }).data, job.recipientId);
      case 'brokers': {
        if (job.actorId !== null) this.requireActor(job.actorId, 'actorId');
        const weighted = job.weighted ?? false;
        const { ranked: byBetweenness, ...ranking } = weighted
          ? this.weightedBrokers(view())
          : job.exact
            ? this.exactBrokers(view(), job.exact)
            : this.brokers(view());
        const rankedBy = job.rankBy ?? 'BETWEENNESS';
        const ranked = rankBy(view().data, byBetweenness, rankedBy);
        // Ranks are positions among every actor; the local measures are computed for the rows answered.
        // An actor outside the filtered graph (e.g. filtered out by theme) has no row.
        const from = job.actorId === null ? 0 : ranked.findIndex((score) => score.actorId === job.actorId);
        const scores = from === -1 ? [] : ranked.slice(from, job.actorId === null ? job.top : from + 1);
        const actors = brokerRows(view().data, scores).map((row, offset) => ({ ...row, rank: from + offset + 1 }));
        return { ...ranking, rankedBy, weighted, actorCount: ranked.length, actors };
      }
      case 'betweennessPart': {
        const adjacency = indexCooperativeAdjacency(view().data);
        return { actorCount: adjacency.ids.length, sums: Array.from(dependencySums(adjacency, job.first, job.count)) };
      }
      case 'suggestedLinks':
        if (job.actorId !== null) this.requireActor(job.actorId, 'actorId');
        return suggestedLinks(view().data, { actorId: job.actorId, top: job.top }, this.context(view(), filter));
      case 'partners': {
        this.requireActor(job.actorId, 'actorId');
        const { actorId, kind: _kind, ...criteria } = job;
        return partners(view().data, actorId, { ...criteria, seed: ANALYTICS_SEED }, this.context(view(), filter));
      }
      case 'paths':
        this.requireActor(job.from, 'from');
        this.requireActor(job.to, 'to');
        return paths(view().data, job.from, job.to, job.k, job);
      case 'diff':
        // A diff compares two dates of its own, so the as-of date of the request does not apply; each
        // date's graph is read first and the other filters then apply to it. It lists records, so
        // every layer.
        return diff(this.data, job.from, job.to, { ...filter, eventLayer: 'INCLUDED' });
      case 'diffMeasures':
        // The measures read each date as the analyses do: the request's event layer (funding: every layer).
        return measureDiff(this.data, job.from, job.to, filter, {
          top: MAX_BROKERAGE_CHANGES,
          betweenness: this.betweennessOptions(),
          seed: ANALYTICS_SEED,
          crossBorder: filter.crossBorder,
        });
    }
  }

  private requireActor(id: string, field: string): void {
    if (!this.actorIds.has(id)) throw new UnknownActorError(field, id);
  }

  private view(filter: Readonly<AnalyticsFilter>): FilteredView {
    const key = canonicalJson(filter);
    let view = this.views.get(key);
    if (!view) {
      view = {
        data: filterGraph(this.data, filter),
        context: null,
        brokers: null,
        exactBrokers: null,
        weightedBrokers: null,
      };
      this.views.set(key, view);
    }
    return view;
  }

  private betweennessOptions(): BetweennessOptions {
    return {
      exactLimit: this.options.betweennessExactLimit ?? BETWEENNESS_EXACT_LIMIT,
      pivots: this.options.betweennessPivots ?? BETWEENNESS_PIVOTS,
      seed: ANALYTICS_SEED,
    };
  }

  private brokers(view: FilteredView): BrokerRanking {
    view.brokers ??= rankBrokers(view.data, this.betweennessOptions());
    return view.brokers;
  }

  private weightedBrokers(view: FilteredView): BrokerRanking {
    view.weightedBrokers ??= rankBetweenness(weightedBetweenness(view.data, this.betweennessOptions()));
    return view.weightedBrokers;
  }

  private exactBrokers(view: FilteredView, values: readonly number[]): BrokerRanking {
    const { ids } = indexCooperativeAdjacency(view.data);
    if (values.length !== ids.length)
      throw new Error(`exact betweenness for ${values.length} actors, not ${ids.length}`);
    view.exactBrokers ??= rankBetweenness(betweennessFromValues(ids, values));
    return view.exactBrokers;
  }

  private context(view: FilteredView, filter: Readonly<AnalyticsFilter>): LinkScoringContext {
    view.context ??= buildLinkScoringContext(view.data, { seed: ANALYTICS_SEED, crossBorder: filter.crossBorder });
    return view.context;
  }
}
