/**
 * Every answer is JSON with a code (issue 17, first part): what the HTTP layer refuses before
 * GraphQL (broken JSON, oversize bodies, unknown charsets, unknown routes) and what GraphQL refuses
 * before running (syntax, limits) answer a 4xx GraphQL-over-HTTP error body, never an HTML page,
 * a stack, a server path or a 500.
 */
import { startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';

describe('answers to requests refused before any resolver runs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startMigratedTestApi();
  });
  afterAll(() => api.close());

  const send = async (path: string, init: RequestInit) => {
    const response = await fetch(`${api.origin}${path}`, init);
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const cases: Array<[string, () => ReturnType<typeof post>, number, string]> = [
    ['broken JSON', () => post('{"query": '), 400, 'BAD_REQUEST'],
    [
      'a body over 2 MB',
      () => post(JSON.stringify({ query: `{ me { id } } #${'x'.repeat(2_200_000)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'an unknown charset',
      () => post('{"query":"{ me { id } }"}', { 'content-type': 'application/json; charset=klingon' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a syntax error', () => post('{"query":"{ actors( "}'), 400, 'GRAPHQL_PARSE_FAILED'],
    [
      'a syntax error asked for as graphql-response+json',
      () => post('{"query":"{ actors( "}', { accept: 'application/graphql-response+json' }),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'too many tokens',
      () =>
        post(JSON.stringify({ query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }` })),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    ['an unknown route', () => send('/nowhere', { method: 'GET' }), 404, 'NOT_FOUND'],
  ];

  it.each(cases)('answers %s with JSON, a code and nothing internal', async (_name, request, status, code) => {
    const answer = await request();
    expect({ status: answer.status, json: /json/.test(answer.type) }).toEqual({ status, json: true });
    const body = JSON.parse(answer.text) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(answer.text).not.toMatch(/<html|<pre|at .*\(|\/work\/|node_modules|stack/i);
  });
});
