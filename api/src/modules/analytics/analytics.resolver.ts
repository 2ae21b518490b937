import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  checkAnalyticsFilter,
  checkDependenceThreshold,
  checkDiffDates,
  checkDiffLimit,
  checkPartnerArgs,
  checkPathArgs,
  checkSuggestionsPerGap,
  checkTheme,
  checkTop,
} from '../../analytics/analytics-args';
import type { AnalyticsJob, JobResult } from '../../analytics/analytics-job';
import { analyticsServiceFor, openAnalyticsScope } from '../../analytics/analytics-service';
import type { ApiContext } from '../../context';
import { rateSubject } from '../../guards/rate-limiter';
import type { ActorPath as ActorPathResult, PathsResult } from '../../graph/paths';
import type { ActorKind, Mode, RelationType, Tier } from '../../domain/vocabulary';
import { ActorKindEnum, ModeEnum, RelationTypeEnum, TierEnum } from '../vocabulary/vocabulary.enums';
import type { BrokerMeasure } from '../../graph/ranked-measures';
import { BetweennessMethodEnum, BrokerMeasureEnum } from './analytics.enums';
import { ANALYTICS_REFERENCE_RESOLVERS } from './analytics-references.resolver';
import { AnalyticsFilterInput, CorridorInput } from './analytics.input';
import { Analytics } from './analytics.type';
import { Brokers } from './brokers.type';
import { CoverageGrid } from './coverage.type';
import { DeliveryWithoutVoice } from './delivery-without-voice.type';
import { Funding } from './funding.type';
import { FundingChains } from './funding-chains.type';
import { LinkSuggestions } from './link-suggestion.type';
import { Partners } from './partners.type';
import { ActorPath, Paths } from './paths.type';
import { Silos } from './silos.type';
import { TierMatrix } from './tier-matrix.type';
import { TimeDiff } from './time-diff.type';
import {
  BrokerageChange,
  CommunityChange,
  DeliveryWithoutVoiceChange,
  FundingChange,
  GapChange,
} from './time-diff-measures.type';
import type { MeasureDiff } from '../../graph/measure-diff';
import { BETWEENNESS_EXACT_LIMIT, MAX_BROKERAGE_CHANGES } from '../../analytics/loaded-graph';
import { dateOrPeriod } from '../../services/period.service';
import { VerticalGaps } from './vertical-gaps.type';

/** Path results name their ends `from`/`to`; the schema has `fromId`/`toId` beside the `from`/`to` actors. */
function toPaths(result: PathsResult): Paths {
  const toPath = (path: ActorPathResult): ActorPath => ({
    ...path,
    steps: path.steps.map(({ from, to, relationIds }) => ({ fromId: from, toId: to, relationIds })),
  });
  return {
    fromId: result.from,
    toId: result.to,
    shortest: result.shortest ? toPath(result.shortest) : null,
    paths: result.paths.map(toPath),
  };
}

/** Who asks (the account, API token or address rate limits count): computations start by turns over them. */
function partyOf({ viewer, http }: ApiContext): string {
  const asker = rateSubject(viewer, http.clientIp ?? 'unknown');
  return asker ? `${asker.rule}:${asker.subject}` : 'system';
}

function run<J extends AnalyticsJob>(root: Analytics, context: ApiContext, job: J): Promise<JobResult<J>> {
  return analyticsServiceFor(context.db).compute(root.scope, root.filter, job, partyOf(context));
}

/**
 * `analytics(…)` checks its arguments and reads the workspace's data revision; each field below then
 * computes its analysis only when selected (from the cache when it can), so a client asking for the
 * tier matrix never pays for betweenness.
 */
@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Query(() => Analytics, {
    description:
      'Analyses of a workspace (PRODUCT.md §4) on the subgraph the viewer may see, as of a date and under a filter. Errors: NOT_FOUND (field workspace), BAD_USER_INPUT (asOf, filter.*).',
  })
  async analytics(
    @Ctx() context: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD: only relations active on that day count; every relation when absent.',
    })
    asOf?: string | null,
    @Arg('filter', () => AnalyticsFilterInput, { nullable: true }) filter?: AnalyticsFilterInput | null,
    @Arg('period', () => ID, {
      nullable: true,
      description: 'A named period instead of asOf: the analyses read its last day (today while it runs).',
    })
    period?: string | null,
  ): Promise<Analytics> {
    const scope = await openAnalyticsScope(context, workspace);
    const day = await dateOrPeriod(
      context.db,
      scope.workspaceId,
      { date: asOf, periodId: period },
      { date: 'asOf', period: 'period' },
      false,
    );
    const checked = checkAnalyticsFilter(day, filter, scope.themeIds);
    return { workspaceId: scope.workspaceId, asOf: checked.asOf, revision: scope.revision, scope, filter: checked };
  }

  @FieldResolver(() => Int, { description: 'Actors in the filtered graph the analyses run on.' })
  async actorCount(@Root() root: Analytics, @Ctx() context: ApiContext): Promise<number> {
    return (await run(root, context, { kind: 'size' })).actorCount;
  }

  @FieldResolver(() => Int, { description: 'Relations in the filtered graph the analyses run on.' })
  async relationCount(@Root() root: Analytics, @Ctx() context: ApiContext): Promise<number> {
    return (await run(root, context, { kind: 'size' })).relationCount;
  }

  @FieldResolver(() => TierMatrix, { description: 'Relations tier × tier and sector × sector (§4.1).' })
  tierMatrix(@Root() root: Analytics, @Ctx() context: ApiContext): Promise<TierMatrix> {
    return run(root, context, { kind: 'tierMatrix' });
  }

  @FieldResolver(() => Silos, { description: 'Components, Louvain communities and E–I indices (§4.2).' })
  async silos(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('communityOf', () => ID, {
      nullable: true,
      description:
        'List only the community of this actor in `communities` (none when the actor is not in the filtered graph); `communityCount` still counts them all. Saves sending every member of every community to show one actor’s.',
    })
    communityOf?: string | null,
  ): Promise<Silos> {
    const result = await run(root, context, { kind: 'silos' });
    const communities =
      communityOf == null
        ? result.communities
        : result.communities.filter((community) => community.actorIds.includes(communityOf));
    return {
      ...result,
      communities,
      componentCount: result.components.length,
      communityCount: result.communities.length,
    };
  }

  @FieldResolver(() => VerticalGaps, {
    description: 'Vertical gaps on a theme, with suggested links across each (§4.3). BAD_USER_INPUT (theme).',
  })
  async gaps(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('theme', () => String, { description: 'A theme id of the workspace.' }) theme: string,
    @Arg('suggestionsPerGap', () => Int, { nullable: true, description: 'Suggestions per gap, 0–20 (default 3).' })
    suggestionsPerGap?: number | null,
  ): Promise<VerticalGaps> {
    const job = {
      kind: 'gaps' as const,
      theme: checkTheme(theme, root.scope.themeIds),
      suggestionsPerGap: checkSuggestionsPerGap(suggestionsPerGap),
    };
    const result = await run(root, context, job);
    return { ...result, gapCount: result.pairs.filter((pair) => pair.isGap).length };
  }

  @FieldResolver(() => CoverageGrid, { description: 'Theme × tier (× country) coverage grid (§4.4).' })
  coverage(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('byCountry', () => Boolean, {
      nullable: true,
      description:
        'Split cells by national system, one per country (default false): a supranational or global actor counts in each system it is tied to, and a tie only inside one system.',
    })
    byCountry?: boolean | null,
  ): Promise<CoverageGrid> {
    return run(root, context, { kind: 'coverage', byCountry: byCountry ?? false });
  }

  @FieldResolver(() => [DeliveryWithoutVoice], {
    description: 'Civil-society actors delivering for a government actor without a voice with it (§4.5).',
  })
  deliveryWithoutVoice(@Root() root: Analytics, @Ctx() context: ApiContext): Promise<DeliveryWithoutVoice[]> {
    return run(root, context, { kind: 'deliveryWithoutVoice' });
  }

  @FieldResolver(() => Funding, {
    description: 'Funding flows, dependence, portfolios, unfunded cells and co-funding (§4.6).',
  })
  async funding(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('dependenceThreshold', () => Float, {
      nullable: true,
      description: 'Top-funder share (0–1) from which a recipient counts as dependent (default 0.5).',
    })
    dependenceThreshold?: number | null,
  ): Promise<Funding> {
    const job = { kind: 'funding' as const, dependenceThreshold: checkDependenceThreshold(dependenceThreshold) };
    const result = await run(root, context, job);
    return { ...result, dependentCount: result.recipients.filter((r) => r.dependent).length };
  }

  @FieldResolver(() => FundingChains, {
    nullable: true,
    description:
      'Who ultimately funds a recipient, through intermediaries, with shares, amounts per currency, paths and the shares by source of money (issue 20; docs/adr/0028); null when it receives no FUNDS relation. NOT_FOUND (recipientId) when unknown or hidden.',
  })
  fundingChains(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('recipientId', () => ID, { description: 'The recipient whose funding is followed back.' }) recipientId: string,
  ): Promise<FundingChains | null> {
    return run(root, context, { kind: 'fundingChains', recipientId });
  }

  @FieldResolver(() => Brokers, {
    description:
      'Betweenness, degree, PageRank, core number, constraint, effective size and brokerage roles, top actors first by the measure asked for (§4.7). BAD_USER_INPUT (top), NOT_FOUND (actorId).',
  })
  async brokers(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('top', () => Int, { nullable: true, description: 'Actors returned, 1–500 (default 20).' })
    top?: number | null,
    @Arg('actorId', () => ID, {
      nullable: true,
      description:
        'Only this actor’s row, with its rank (none when the filter leaves it out). NOT_FOUND when unknown or hidden.',
    })
    actorId?: string | null,
    @Arg('rankBy', () => BrokerMeasureEnum, {
      nullable: true,
      description: 'The measure to rank by; BETWEENNESS when absent.',
    })
    rankBy?: BrokerMeasure | null,
    @Arg('weighted', () => Boolean, {
      nullable: true,
      description:
        'Betweenness over the cheapest paths by tie cost, 5 / (strength × confidence) of each pair’s strongest relation (strength 3 when unknown), instead of the fewest steps: routes over one-off or doubtful ties count for less. Exact up to 5,000 actors, sampled above (never summed in the background). False when absent.',
    })
    weighted?: boolean | null,
  ): Promise<Brokers> {
    // The worker ranks every actor by betweenness once per view; the other measures are computed for the rows answered.
    const job = {
      kind: 'brokers' as const,
      top: checkTop(top, 20),
      actorId: actorId ?? null,
      rankBy: rankBy ?? 'BETWEENNESS',
      weighted: weighted ?? false,
    };
    const service = analyticsServiceFor(context.db);
    const { betweennessMethod, ...rest } = await service.brokers(root.scope, root.filter, job, partyOf(context));
    return { ...rest, method: betweennessMethod, sampled: betweennessMethod === 'SAMPLED' };
  }

  @FieldResolver(() => LinkSuggestions, {
    description: 'Missing links with reasons, for one actor or workspace-wide (§4.8). NOT_FOUND (actorId).',
  })
  async suggestedLinks(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('actorId', () => ID, {
      nullable: true,
      description: 'Suggest links for this actor; workspace-wide if absent.',
    })
    actorId?: string | null,
    @Arg('top', () => Int, { nullable: true, description: 'Suggestions returned, 1–500 (default 20).' })
    top?: number | null,
  ): Promise<LinkSuggestions> {
    const job = { kind: 'suggestedLinks' as const, actorId: actorId ?? null, top: checkTop(top, 20) };
    return { ...(await run(root, context, job)), actorId: job.actorId };
  }

  @FieldResolver(() => Partners, {
    description: 'Potential partners for an actor with introduction paths (§4.9). NOT_FOUND (actorId).',
  })
  partners(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('actorId', () => ID, { description: 'The actor looking for partners.' }) actorId: string,
    @Arg('themes', () => [String], { nullable: true, description: 'Candidates work on one of these themes.' })
    themes?: string[] | null,
    @Arg('countries', () => [String], { nullable: true, description: 'Candidates are based in one of these.' })
    countries?: string[] | null,
    @Arg('tiers', () => [TierEnum], { nullable: true, description: 'Candidates are in one of these tiers.' })
    tiers?: Tier[] | null,
    @Arg('kinds', () => [ActorKindEnum], { nullable: true, description: 'Candidates are of one of these kinds.' })
    kinds?: ActorKind[] | null,
    @Arg('corridor', () => CorridorInput, {
      nullable: true,
      description:
        'Candidates work in this corridor: based in the origin country, or a diaspora of the origin based in the destination.',
    })
    corridor?: CorridorInput | null,
    @Arg('top', () => Int, { nullable: true, description: 'Candidates returned, 1–500 (default 20).' })
    top?: number | null,
  ): Promise<Partners> {
    const criteria = checkPartnerArgs({ themes, countries, tiers, kinds, corridor, top }, root.scope.themeIds);
    return run(root, context, { kind: 'partners', actorId, ...criteria });
  }

  @FieldResolver(() => Paths, {
    description: 'Shortest and k shortest paths between two actors (§4.10). NOT_FOUND (from, to).',
  })
  async paths(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('from', () => ID, { description: 'Start actor.' }) from: string,
    @Arg('to', () => ID, { description: 'End actor.' }) to: string,
    @Arg('k', () => Int, { nullable: true, description: 'Paths wanted, 1–10 (default 3).' }) k?: number | null,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Use relations of these types only.' })
    types?: RelationType[] | null,
    @Arg('modes', () => [ModeEnum], { nullable: true, description: 'Use relations in these modes only.' })
    modes?: Mode[] | null,
    @Arg('minConfidence', () => Float, { nullable: true, description: 'Use relations with confidence ≥ this (0–1).' })
    minConfidence?: number | null,
    @Arg('weighted', () => Boolean, {
      nullable: true,
      description:
        'Cheapest paths instead of fewest steps: each step costs 5 / (strength × confidence) of the pair’s strongest relation (strength 1–5, 3 when unknown), so long, certain partnerships beat one-off or doubtful ties. False when absent.',
    })
    weighted?: boolean | null,
  ): Promise<Paths> {
    const result = await run(root, context, {
      kind: 'paths',
      from,
      to,
      ...checkPathArgs({ k, types, modes, minConfidence, weighted }),
    });
    return toPaths(result);
  }

  @FieldResolver(() => TimeDiff, {
    description:
      'What changed between two dates or named periods (§4.11): relations and actors added or ended, ties whose state changed, renamed institutions and successions, lineage followed; under the filter but not the as-of date. BAD_USER_INPUT (from, to, fromPeriod, toPeriod), NOT_FOUND (fromPeriod, toPeriod).',
  })
  async diff(
    @Root() root: Analytics,
    @Ctx() context: ApiContext,
    @Arg('from', () => String, { nullable: true, description: 'Earlier date: YYYY, YYYY-MM or YYYY-MM-DD.' })
    fromDate?: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'Later date: YYYY, YYYY-MM or YYYY-MM-DD; not before from.',
    })
    toDate?: string | null,
    @Arg('fromPeriod', () => ID, { nullable: true, description: 'A named period instead of from (its last day).' })
    fromPeriod?: string | null,
    @Arg('toPeriod', () => ID, { nullable: true, description: 'A named period instead of to (its last day).' })
    toPeriod?: string | null,
  ): Promise<TimeDiff> {
    const ws = root.scope.workspaceId;
    const from = await dateOrPeriod(
      context.db,
      ws,
      { date: fromDate, periodId: fromPeriod },
      { date: 'from', period: 'fromPeriod' },
      true,
    );
    const to = await dateOrPeriod(
      context.db,
      ws,
      { date: toDate, periodId: toPeriod },
      { date: 'to', period: 'toPeriod' },
      true,
    );
    checkDiffDates(from!, to!);
    const result = await run(root, context, { kind: 'diff', from: from!, to: to! });
    return { ...result, request: { analytics: root, from: from!, to: to! } };
  }
}

/** The measures of both dates (`measureDiff`), computed once per diff whichever of its fields are selected. */
function measuresOf(diff: TimeDiff, context: ApiContext): Promise<MeasureDiff> {
  const { analytics, from, to } = diff.request;
  return run(analytics, context, { kind: 'diffMeasures', from, to });
}

const MEASURES =
  'Computed on both dates’ graphs under the analytics filter (lineage followed: `from`’s actors read as the institutions standing for them on `to`), only when selected, once for all these fields.';

/** The measure fields of a diff (issue 21 point 5): who gained or lost brokerage, gaps, communities, funding, delivery without voice. */
@Resolver(() => TimeDiff)
export class TimeDiffMeasuresResolver {
  @FieldResolver(() => [BrokerageChange], {
    description: `Who gained or lost brokerage: betweenness (§4.7) and brokerage roles on both dates, the largest absolute change first (then by actor id), actors without any change left out. ${MEASURES} Above ${BETWEENNESS_EXACT_LIMIT} actors betweenness is sampled on both dates: see betweennessMethod and betweennessErrorBound. BAD_USER_INPUT (limit).`,
  })
  async brokerageChanges(
    @Root() diff: TimeDiff,
    @Ctx() context: ApiContext,
    @Arg('limit', () => Int, { nullable: true, description: `Movers wanted, 1–${MAX_BROKERAGE_CHANGES} (default 20).` })
    limit?: number | null,
  ): Promise<BrokerageChange[]> {
    const wanted = checkDiffLimit(limit, MAX_BROKERAGE_CHANGES);
    return (await measuresOf(diff, context)).brokerageChanges.slice(0, wanted);
  }

  @FieldResolver(() => BetweennessMethodEnum, {
    description: `How brokerageChanges’ betweenness was computed: EXACT on both dates, or SAMPLED on at least one (a seeded pivot sample, above ${BETWEENNESS_EXACT_LIMIT} actors; then small deltas may be sampling noise, see betweennessErrorBound). ${MEASURES}`,
  })
  async betweennessMethod(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<'EXACT' | 'SAMPLED'> {
    return (await measuresOf(diff, context)).betweennessMethod;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'When betweenness was sampled: the larger of the two dates’ uniform absolute error bounds on each value (at betweennessErrorConfidence); null when exact.',
  })
  async betweennessErrorBound(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<number | null> {
    return (await measuresOf(diff, context)).betweennessErrorBound;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The confidence of betweennessErrorBound; null when exact.',
  })
  async betweennessErrorConfidence(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<number | null> {
    return (await measuresOf(diff, context)).betweennessErrorConfidence;
  }

  @FieldResolver(() => [GapChange], {
    description: `Vertical gaps (§4.3) opened between the dates, per theme and national system, by theme then country then tier: pairs that are a gap on \`to\` and were tied or not checked on \`from\`. ${MEASURES}`,
  })
  async gapsOpened(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<GapChange[]> {
    return (await measuresOf(diff, context)).gapsOpened;
  }

  @FieldResolver(() => [GapChange], {
    description: `Vertical gaps closed between the dates: pairs that were a gap on \`from\` and are tied (or no longer checked) on \`to\`. ${MEASURES}`,
  })
  async gapsClosed(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<GapChange[]> {
    return (await measuresOf(diff, context)).gapsClosed;
  }

  @FieldResolver(() => [CommunityChange], {
    description: `Louvain communities (§4.2, fixed seed) that merged or split between the dates. ${MEASURES}`,
  })
  async communityChanges(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<CommunityChange[]> {
    return (await measuresOf(diff, context)).communityChanges;
  }

  @FieldResolver(() => [FundingChange], {
    description: `Funding (§4.6, every layer) that started, stopped or changed share, per funder–recipient pair, by recipient then funder. ${MEASURES}`,
  })
  async fundingChanges(@Root() diff: TimeDiff, @Ctx() context: ApiContext): Promise<FundingChange[]> {
    return (await measuresOf(diff, context)).fundingChanges;
  }

  @FieldResolver(() => [DeliveryWithoutVoiceChange], {
    description: `Delivery-without-voice cases (§4.5) that hold on \`to\` and did not on \`from\`. ${MEASURES}`,
  })
  async deliveryWithoutVoiceAppeared(
    @Root() diff: TimeDiff,
    @Ctx() context: ApiContext,
  ): Promise<DeliveryWithoutVoiceChange[]> {
    return (await measuresOf(diff, context)).deliveryWithoutVoiceAppeared;
  }

  @FieldResolver(() => [DeliveryWithoutVoiceChange], {
    description: `Delivery-without-voice cases that held on \`from\` and do not on \`to\` (a voice tie started, or the delivery ended). ${MEASURES}`,
  })
  async deliveryWithoutVoiceEnded(
    @Root() diff: TimeDiff,
    @Ctx() context: ApiContext,
  ): Promise<DeliveryWithoutVoiceChange[]> {
    return (await measuresOf(diff, context)).deliveryWithoutVoiceEnded;
  }
}

/** The analytics query and the resolvers of its result types, for the schema's resolver list. */
export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver,
  TimeDiffMeasuresResolver,
  ...ANALYTICS_REFERENCE_RESOLVERS,
] as const;
