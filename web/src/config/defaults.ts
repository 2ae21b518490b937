/**
 * Defaults the client shares with its build (vite.config.ts inlines the map's first request into
 * index.html with them), so this file imports nothing.
 */

/** The workspace a URL without `?workspace=` opens. */
export const DEFAULT_WORKSPACE = 'seed-ecosystem';

/** Where GraphQL requests go unless VITE_GRAPHQL_URL says otherwise: the page's own origin. */
export const DEFAULT_GRAPHQL_URL = '/graphql';
