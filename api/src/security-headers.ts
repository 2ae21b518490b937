import type { ServerResponse } from 'node:http';

/** A response header as a name and its value. */
export type HeaderPair = readonly [name: string, value: string];

/**
 * The headers every answer of the API carries (GraphQL, health, errors, Node's own refusals). The
 * API serves JSON only, so nothing it answers may be framed, sniffed into a script, embedded by
 * another site or run anything: a browser that is tricked into loading it renders nothing.
 */
export function securityHeaders(env: 'development' | 'test' | 'production'): readonly HeaderPair[] {
  return [
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'no-referrer'],
    ['x-frame-options', 'DENY'],
    ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
    ['cross-origin-resource-policy', 'same-site'],
    // Only production is served over HTTPS; HSTS on a development host would pin it to HTTPS.
    ...(env === 'production' ? [['strict-transport-security', 'max-age=31536000; includeSubDomains'] as const] : []),
  ];
}

/** Sets the headers on a response before anything else writes to it. */
export function setSecurityHeaders(res: ServerResponse, headers: readonly HeaderPair[]): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}
