import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import { Kind } from 'graphql';
import type { ApiContext } from '../context';
import { ClientError } from '../errors';

/**
 * Whether a request's Host header names this API (null: any host). A page on another site that
 * rebinds its DNS name to 127.0.0.1 still sends its own name as Host, so it is refused.
 */
export function hostAllowed(hostHeader: string | undefined, allowed: readonly string[] | null): boolean {
  if (allowed === null) return true;
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return allowed.includes(host) || allowed.includes(name);
}

/**
 * The client's address: the socket's, or, behind `trustedProxies` proxies, the one the nearest
 * untrusted hop was seen from (X-Forwarded-For, counted from the right, where proxies append).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0);
  return hops[hops.length - trustedProxies] ?? hops[0] ?? socket;
}

/**
 * In production, the schema is described (`__schema`, `__type`) to signed-in users and API tokens
 * only; `__typename` stays open. Outside production introspection is open, for the tools.
 */
export function introspectionForMembers(production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<ApiContext>> {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || contextValue.viewer.kind !== 'anonymous') return;
          let asks = false;
          const visit = (selections: readonly { kind: Kind; name?: { value: string }; selectionSet?: unknown }[]) => {
            for (const selection of selections) {
              if (
                selection.kind === Kind.FIELD &&
                (selection.name?.value === '__schema' || selection.name?.value === '__type')
              ) {
                asks = true;
              }
              const nested = selection.selectionSet as { selections?: typeof selections } | undefined;
              if (nested?.selections) visit(nested.selections);
            }
          };
          for (const definition of document.definitions) {
            if ('selectionSet' in definition && definition.selectionSet) visit(definition.selectionSet.selections);
          }
          if (asks) {
            throw new ClientError(
              'UNAUTHENTICATED',
              'Introspection is open to signed-in users only: sign in, or use an API token',
              {
                http: { status: 401 },
              },
            );
          }
        },
      };
    },
  };
}
