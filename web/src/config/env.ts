import { DEFAULT_GRAPHQL_URL } from './defaults';

/** Client configuration, read once from Vite's environment. */
export const env = {
  /** Where GraphQL requests go; same-origin by default (the dev/preview server proxies it). */
  graphqlUrl: (import.meta.env.VITE_GRAPHQL_URL as string | undefined) ?? DEFAULT_GRAPHQL_URL,
} as const;
