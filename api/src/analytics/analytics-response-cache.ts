import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { ApiContext } from '../context';
import { canonicalJson } from './analytics-job';
import { analyticsServiceFor, openAnalyticsScope, type AnalyticsScope } from './analytics-service';

/**
 * The `workspace` argument of every root field when the operation is a query made only of
 * `analytics` fields (aliases allowed), or null when it is anything else and must not be cached.
 */
export function analyticsWorkspaces(
  operation: OperationDefinitionNode | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): string[] | null {
  if (!operation || operation.operation !== 'query') return null;
  const workspaces: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'analytics') return null;
    const argument = selection.arguments?.find((arg) => arg.name.value === 'workspace');
    const value = argument ? valueOf(argument.value, variables) : undefined;
    if (typeof value !== 'string') return null;
    workspaces.push(value);
  }
  return workspaces.length > 0 ? workspaces : null;
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>> | undefined): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

/**
 * Answers a repeated analytics-only query from a cache of whole responses. The key holds the
 * operation text, name and variables and, for every workspace it reads, the viewer's visibilities
 * and the data revision read for this request (one index seek each, shared with the resolvers), so
 * any committed write, a different viewer or a different argument is a miss. Everything an
 * `analytics` answer contains — analyses and the actors and relations they name — is data of its
 * workspace, which is what the revision covers. Only answers without errors are kept.
 *
 * This saves executing and resolving the answer (tens of thousands of fields on a large map): the
 * analysis results are cached anyway; see analytics-service.ts.
 */
export function analyticsResponseCache(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<ApiContext>> {
      let cacheable: { scopes: AnalyticsScope[]; operationKey: string } | null = null;
      return {
        async responseForOperation({ operation, operationName, request, source, contextValue }) {
          const workspaces = analyticsWorkspaces(operation, request.variables);
          if (!workspaces) return null;
          let scopes: AnalyticsScope[];
          try {
            scopes = await Promise.all(workspaces.map((workspace) => openAnalyticsScope(contextValue, workspace)));
          } catch {
            // Unknown workspace or a database problem: the resolvers report it the usual way.
            return null;
          }
          const operationKey = canonicalJson([source, operationName ?? null, request.variables ?? {}]);
          cacheable = { scopes, operationKey };
          const data = analyticsServiceFor(contextValue.db).cachedResponse(scopes, operationKey);
          if (data === undefined) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } },
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (!cacheable || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          // After the answer has gone out: weighing it for the cache serialises it once more.
          const { scopes, operationKey } = cacheable;
          setImmediate(() => analyticsServiceFor(contextValue.db).storeResponse(scopes, operationKey, data));
        },
      };
    },
  };
}
