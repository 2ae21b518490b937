/**
 * What the fuzz test's generators share: the request they describe, what they may point at, and
 * arbitraries for the bad values (ids, dates, numbers, enum names, cursors) every class draws on.
 */
import fc from 'fast-check';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: ReadonlyArray<readonly [string, string | Buffer]>;
  body?: Buffer;
  /** No Content-Length is added (the headers frame the body themselves, or there is none). */
  noLength?: boolean;
  /** Send only this many bytes of the body, then stall. */
  sendBodyBytes?: number;
  stallHeaders?: boolean;
  /** The status the answer must have, when the class fixes it. */
  status?: number;
}

/** What the generators may point at: a workspace with actors, a relation and credentials. */
export interface FuzzTargets {
  workspaceId: string;
  slug: string;
  actorIds: readonly [string, string];
  actorVersion: number;
  relationId: string;
  cursor: string;
  admin: Record<string, string>;
}

export interface FuzzClass {
  name: string;
  runs: number;
  arbitrary: fc.Arbitrary<FuzzRequest>;
}

export const JSON_TYPE = ['content-type', 'application/json'] as const;
export const ANONYMOUS = ['x-tiermap-viewer', 'anonymous'] as const;

export const gqlBody = (query: unknown, variables?: unknown, extra: Record<string, unknown> = {}): Buffer =>
  Buffer.from(JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra }));

export const post = (body: Buffer, headers: FuzzRequest['headers'] = [JSON_TYPE], status?: number): FuzzRequest => ({
  method: 'POST',
  path: '/graphql',
  headers,
  body,
  ...(status === undefined ? {} : { status }),
});

export const asAdmin = (t: FuzzTargets): FuzzRequest['headers'] => [JSON_TYPE, ...Object.entries(t.admin)];

/** Printable text without anything the test looks for in answers (paths, stack frames). */
export const text = (maxLength = 40) =>
  fc.string({ maxLength }).map((s) => s.replace(/\/|\bat\b|Neo4j|Cypher|MATCH/gi, '_'));

export const badIds = fc.oneof(
  text(),
  fc.uuid(),
  fc.constantFrom('', ' ', '0', '-1', 'null', "' OR 1=1 --", '") DETACH DELETE n //', '\u0000', '%00'),
  fc.integer().map(String),
  fc.nat({ max: 300_000 }).map((n) => 'i'.repeat(n)),
);
export const badDates = fc.oneof(
  fc.constantFrom(
    '2024-13-01',
    '2024-02-30',
    '2023-02-29',
    '0000-00-00',
    '99999-01-01',
    '2024-1-1',
    '',
    'yesterday',
    '2024-02-29T25:00:00Z',
    '1e10',
    '-0001',
    '2024-00',
    '２０２４',
  ),
  text(12),
);
export const badInts = fc.oneof(
  fc.constantFrom(-1, 0, 501, 1001, 2147483647, -2147483648, 2147483648, 1e10, 1.5, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.constantFrom('3', null, true, [], {}),
);
export const badEnums = fc.oneof(
  fc.constantFrom('local', 'Local', 'UNKNOWN', '', 'LOCAL ', 'null', 'GOVERNMENT', 'NGO'),
  fc.stringMatching(/^[A-Z_]{1,20}$/),
  fc.integer(),
);
export const badCursors = (t: FuzzTargets) =>
  fc.oneof(
    text(),
    fc.base64String({ maxLength: 200 }),
    fc.constantFrom('', 'null', Buffer.from('{"k":["a"],"v":1}').toString('base64url')),
    fc.nat({ max: Math.max(0, t.cursor.length - 1) }).map((n) => t.cursor.slice(0, n) + t.cursor.slice(n + 1)),
    fc.nat({ max: Math.max(0, t.cursor.length - 1) }).map((n) => `${t.cursor.slice(0, n)}A${t.cursor.slice(n + 1)}`),
    fc.nat({ max: 100_000 }).map((n) => 'c'.repeat(n)),
  );
export const workspaceRefs = (t: FuzzTargets) => fc.oneof(fc.constantFrom(t.workspaceId, t.slug), badIds);

/** Valid documents, to be cut and corrupted. */
export const documents = (t: FuzzTargets) => [
  '{ me { id email } }',
  `{ actors(workspace: "${t.slug}", first: 2) { totalCount edges { cursor node { id name tier sector } } } }`,
  `query One($id: ID!) { actor(id: $id) { id name relations { id type source { id } } } }`,
  `{ workspace(slug: "${t.slug}") { id title } vocabulary { tiers { id label } } }`,
  `mutation { createActor(workspace: "${t.workspaceId}", input: { name: "", kind: NGO, tier: LOCAL }) { id } }`,
];

export const GRAPHQL_TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '...',
  '@',
  '=',
  '"',
  '"""',
  '#',
  '|',
  '&',
  ',',
  '\n',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'actors',
  'me',
  'id',
  'workspace',
  '__typename',
  '__schema',
  'first',
  '1',
  '-1',
  '1e999',
  '0x1',
  '"\\u12"',
  '"\\x"',
  'true',
  'null',
  '\u00a0',
  '\u0000',
  '\ud800',
  'ID!',
  'Tier',
  'LOCAL',
  'input',
  'schema',
  'directive',
  'extend',
  'type',
];
