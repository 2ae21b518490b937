import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApiContext } from '../context';
import { ClientError } from '../errors';
import { canonicalJson } from './analytics-job';
import { analyticsServiceFor, openAnalyticsScope } from './analytics-service';

/**
 * What one analysis costs per 1,000 elements (actors + relations) of the graph it runs on, in
 * milliseconds of one worker thread on the reference machine (BENCHMARKS.md, "analytics": the
 * engine's own times on the 10,000-actor, 40,000-relation map, divided by 50). Fields not listed
 * (counts, revision, asOf) cost nothing.
 */
export const ANALYSIS_COST_PER_1000: Readonly<Record<string, number>> = {
  tierMatrix: 3,
  silos: 5,
  gaps: 7,
  coverage: 2,
  deliveryWithoutVoice: 1,
  funding: 3,
  fundingChains: 1,
  brokers: 12,
  suggestedLinks: 8,
  partners: 2,
  paths: 1,
  diff: 2,
  // The measure fields of a diff (TimeDiff.brokerageChanges …): every measure on two dates.
  diffMeasures: 40,
};

/**
 * TimeDiff's fields computed by the measure diff (`measureDiff`): a diff selecting any of them costs
 * `diffMeasures` on top of `diff`.
 */
const DIFF_MEASURE_FIELDS: ReadonlySet<string> = new Set([
  'brokerageChanges',
  'betweennessMethod',
  'betweennessErrorBound',
  'betweennessErrorConfidence',
  'gapsOpened',
  'gapsClosed',
  'communityChanges',
  'fundingChanges',
  'deliveryWithoutVoiceAppeared',
  'deliveryWithoutVoiceEnded',
]);

/** suggestedLinks for one actor scores only that actor's candidates. */
const ONE_ACTOR_SUGGESTIONS_COST = 1;

/** One analysis a request asks for: where, on which slice of the graph, and with which arguments. */
export interface RequestedAnalysis {
  workspace: string;
  /** asOf and filter of the `analytics` field: analyses under the same ones share one graph slice. */
  slice: string;
  field: string;
  args: string;
}

/**
 * The distinct analyses an operation asks for, through every `analytics` root field (aliases and
 * fragments included). Two aliases asking the same analysis with the same arguments on the same
 * slice count once: they share one computation (see AnalyticsService.compute).
 */
export function requestedAnalyses(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): RequestedAnalysis[] {
  if (operation.operation !== 'query') return [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const query = schema.getQueryType();
  const analyticsField = query?.getFields().analytics;
  const analyticsType = analyticsField && getNamedType(analyticsField.type);
  if (!query || !analyticsField || !isObjectType(analyticsType)) return [];
  const found = new Map<string, RequestedAnalysis>();
  for (const root of fieldsOf(operation.selectionSet, fragments)) {
    if (root.name.value !== 'analytics') continue;
    const { workspace, asOf, filter, period } = getArgumentValues(analyticsField, root, variables) as {
      workspace?: unknown;
      asOf?: unknown;
      filter?: unknown;
      period?: unknown;
    };
    if (typeof workspace !== 'string') continue;
    const slice = canonicalJson([asOf ?? null, filter ?? null, ...(period != null ? [period] : [])]);
    for (const field of fieldsOf(root.selectionSet, fragments)) {
      const definition = analyticsType.getFields()[field.name.value];
      if (!definition || !(field.name.value in ANALYSIS_COST_PER_1000)) continue;
      const args = canonicalJson(getArgumentValues(definition, field, variables));
      const analysis = { workspace, slice, field: field.name.value, args };
      found.set(canonicalJson(analysis), analysis);
      if (
        field.name.value === 'diff' &&
        fieldsOf(field.selectionSet, fragments).some((inner) => DIFF_MEASURE_FIELDS.has(inner.name.value))
      ) {
        const measures = { ...analysis, field: 'diffMeasures' };
        found.set(canonicalJson(measures), measures);
      }
    }
  }
  return [...found.values()];
}

/** The fields of a selection set, through fragment spreads and inline fragments (directives ignored: counted as if included). */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fields.push(...fieldsOf(fragments.get(selection.name.value)?.selectionSet, fragments, seen));
    }
  }
  return fields;
}

/** The cost of one analysis on a graph of `elements` actors + relations, in reference milliseconds. */
export function analysisCost(analysis: RequestedAnalysis, elements: number): number {
  const perThousand =
    analysis.field === 'suggestedLinks' && (JSON.parse(analysis.args) as { actorId?: unknown }).actorId
      ? ONE_ACTOR_SUGGESTIONS_COST
      : (ANALYSIS_COST_PER_1000[analysis.field] ?? 0);
  return Math.ceil((perThousand * Math.max(elements, 1000)) / 1000);
}

const requestCosts = new WeakMap<object, number>();

/** The estimated analytics computation of a request, once the budget plugin has weighed it (else 0). */
export function analyticsCostOf(context: object): number {
  return requestCosts.get(context) ?? 0;
}

/**
 * Refuses, before anything runs, an operation whose analyses would cost more than `maxCost`
 * reference milliseconds of computation: each distinct analysis is weighed by its kind and the size
 * of its workspace's graph, so an analysis over a large map costs more, and aliases asking it under
 * other arguments or filters multiply it. Identical aliases count once (they share a computation).
 * QUERY_TOO_COMPLEX, HTTP 400, with the estimate, the limit and the analyses.
 */
export function analyticsBudget(maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<ApiContext>> {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const analyses = requestedAnalyses(schema, document, operation, request.variables ?? {});
          if (analyses.length === 0) return;
          const service = analyticsServiceFor(contextValue.db);
          const sizes = new Map<string, number>();
          for (const workspace of new Set(analyses.map((analysis) => analysis.workspace))) {
            try {
              sizes.set(workspace, await service.graphSize(await openAnalyticsScope(contextValue, workspace)));
            } catch {
              // Unknown or hidden workspace, or the database is down: the resolver reports it.
              sizes.set(workspace, 0);
            }
          }
          const costs = analyses.map((analysis) => analysisCost(analysis, sizes.get(analysis.workspace) ?? 0));
          const cost = costs.reduce((sum, one) => sum + one, 0);
          requestCosts.set(contextValue, cost);
          if (cost <= maxCost) {
            // Its computations wait their turn in the analytics' own queue (FairGate), not among
            // the requests the API runs at once.
            contextValue.http.leaveRequestGate?.();
            return;
          }
          throw new ClientError(
            'QUERY_TOO_COMPLEX',
            `The analyses asked for would take about ${cost} ms of computation, over the limit of ${maxCost} per request: ask for fewer analyses, or for them in separate requests`,
            {
              cost,
              maxCost,
              analyses: analyses.map((analysis, i) => ({ field: analysis.field, cost: costs[i] })),
              http: { status: 400 },
            },
          );
        },
      };
    },
  };
}
