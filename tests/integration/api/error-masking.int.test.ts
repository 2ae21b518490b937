import { serverKeys } from '../../../api/src/auth/secrets';
import type { Database } from '../../../api/src/db/run-query';
import { createActor, errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import { freePort } from '../../helpers/free-port';
import { startTestApi, type GraphQLAnswer, type TestApi, type TestUser } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

/** What must never reach a client: driver codes and messages, stack traces and their frames. */
const LEAKS = [/Neo\./, /neo4j/i, /stack/i, /\bat [\w.<>]+ \(/, /\bat .+:\d+:\d+/, /\.ts:\d+/, /node_modules/];

function expectNoLeak(answer: unknown): void {
  const text = JSON.stringify(answer);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

// One case per line reads as a table; the code is a pattern.
// prettier-ignore
const ERROR_CASES: Array<[string, string, (ctx: { ws: string; actorId: string }) => Record<string, unknown>, string]> = [
  // The query-limit plugin parses first, so a syntax error may come back as a validation failure.
  ['a syntax error', '{ actors(workspace: ', () => ({}), 'GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED'],
  ['an unknown field', '{ vocabulary { nope } }', () => ({}), 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable of the wrong type', 'query($f: Int) { actors(workspace: "x", first: $f) { totalCount } }', () => ({ f: 'x' }), 'BAD_USER_INPUT'],
  ['bad input', 'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "", kind: NGO, tier: LOCAL }) { id } }', (ctx) => ({ ws: ctx.ws }), 'BAD_USER_INPUT'],
  ['an unknown workspace', '{ actors(workspace: "no-such-workspace") { totalCount } }', () => ({}), 'NOT_FOUND'],
  ['a version conflict', 'mutation($id: ID!) { updateActor(id: $id, expectedVersion: 99, input: { name: "X" }) { id } }', (ctx) => ({ id: ctx.actorId }), 'CONFLICT'],
  // A uniqueness constraint refused by the database itself, mapped to CONFLICT without its message.
  ['a duplicate externalId', 'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "Twin", kind: NGO, tier: LOCAL, externalId: "masked-1" }) { id } }', (ctx) => ({ ws: ctx.ws }), 'CONFLICT'],
  ['an anonymous write', 'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "X", kind: NGO, tier: LOCAL }) { id } }', (ctx) => ({ ws: ctx.ws }), 'UNAUTHENTICATED'],
  ['a forbidden write', 'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "X", kind: NGO, tier: LOCAL }) { id } }', (ctx) => ({ ws: ctx.ws }), 'FORBIDDEN'],
  ['a tampered access token', '{ me { id } }', () => ({}), 'UNAUTHENTICATED'],
];

describe('error answers', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let actorId: string;
  let outsider: TestUser;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    outsider = await api.signUpUser('outsider');
    ws = await createTestWorkspace(api, 'error-masking');
    actorId = (await createActor(api, ws.id, { name: 'Masked', externalId: 'masked-1' })).id;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it.each(ERROR_CASES)('carries a code and nothing internal for %s', async (label, query, variables, code) => {
    const headers = (<Record<string, Record<string, string>>>{
      'an anonymous write': { 'x-tiermap-viewer': 'anonymous' },
      'a forbidden write': outsider.headers,
      'a tampered access token': { authorization: `${outsider.headers.authorization!.slice(0, -4)}AAAA` },
    })[label];
    const answer = await api.gql(query, variables({ ws: ws.id, actorId }), { headers });
    expect(errorOf(answer).extensions?.code).toMatch(new RegExp(`^(${code})$`));
    expectNoLeak(answer);
  });

  it('masks an unexpected failure as INTERNAL_SERVER_ERROR with no message, code or stack from below', async () => {
    const failure = Object.assign(
      new Error('Neo.ClientError.Statement.SyntaxError: neo4j says no\n    at Object.run (/app/run-query.ts:10:5)'),
      { code: 'Neo.ClientError.Statement.SyntaxError' },
    );
    const broken = {
      readTransaction: () => Promise.reject(failure),
      writeTransaction: () => Promise.reject(failure),
      read: () => Promise.reject(failure),
      write: () => Promise.reject(failure),
    } as unknown as Database;
    const response = await api.server.apollo.executeOperation(
      { query: 'query($ws: ID!) { actors(workspace: $ws) { totalCount } }', variables: { ws: ws.id } },
      { contextValue: { ...api.server.contextFor(), db: broken } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { errors } = response.body.singleResult;
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({
      message: 'Internal server error',
      path: ['actors'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expectNoLeak(response.body.singleResult);
  });
});

describe('error answers when the database is unreachable', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ neo4jUri: `bolt://127.0.0.1:${await freePort()}`, retryMs: 0 });
  });
  afterAll(() => api.close());

  it('answers SERVICE_UNAVAILABLE for reads and writes, without the driver’s message', async () => {
    // A signed-in request (a valid access token, whose session cannot be checked while the
    // database is down) and an anonymous read.
    const signedIn = { authorization: `Bearer ${await serverKeys().signAccess({ userId: 'u', sessionId: 's' })}` };
    const answers: GraphQLAnswer[] = [
      await api.gql('{ actors(workspace: "any") { totalCount } }'),
      await api.gql(
        'mutation { createWorkspace(input: { slug: "down", title: "Down" }) { id } }',
        {},
        { headers: signedIn },
      ),
    ];
    for (const answer of answers) {
      const error = errorOf(answer);
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toBe('The database is unavailable; try again shortly');
      expectNoLeak(answer);
    }
  });
});
