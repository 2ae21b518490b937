/**
 * Every answer is JSON with a code (issue 17): what the HTTP layer refuses before
 * GraphQL (broken JSON, oversize bodies, unknown charsets, unknown routes) and what GraphQL refuses
 * before running (syntax, limits) answer a 4xx GraphQL-over-HTTP error body, never an HTML page,
 * a stack, a server path or a 500.
 */
import { BODY_IDLE_MS } from '../../../api/src/http-limits';
import { startMigratedTestApi } from '../../helpers/domain-fixture';
import { sendRaw } from '../../helpers/raw-http';
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
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      headers,
    };
  };
  const port = () => Number(new URL(api.origin).port);
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
    [
      'a validation failure asked for as graphql-response+json',
      () => post('{"query":"{ nope }"}', { accept: 'application/graphql-response+json' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
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

  it.each([
    ['a GraphQL answer', () => post('{"query":"{ __typename }"}')],
    ['the health check', () => send('/healthz', { method: 'GET' })],
    ['an error', () => send('/nowhere', { method: 'GET' })],
  ])('sends the security headers with %s (no HSTS outside production)', async (_name, request) => {
    const response = await request();
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cross-origin-resource-policy': 'same-site',
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses a body announced over 2 MB at once, without waiting for it', async () => {
    const answer = await sendRaw(port(), {
      head: 'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 10485760',
    });
    expect(answer && { status: answer.status, code: JSON.parse(answer.body).errors[0].extensions.code }).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(answer!.ms).toBeLessThan(1000);
  });

  it('answers a body that stalls with 408 after the idle limit and closes the connection', async () => {
    const answer = await sendRaw(port(), {
      head: 'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000',
      body: Buffer.from('{"query":'),
    });
    expect(answer && { status: answer.status, code: JSON.parse(answer.body).errors[0].extensions.code }).toEqual({
      status: 408,
      code: 'REQUEST_TIMEOUT',
    });
    expect(answer!.ms).toBeGreaterThanOrEqual(BODY_IDLE_MS - 100);
    expect(answer!.ms).toBeLessThan(BODY_IDLE_MS + 2000);
  });

  it('answers headers over 16 KiB with a JSON 431', async () => {
    const answer = await sendRaw(port(), {
      head: `GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: ${'b'.repeat(20_000)}`,
    });
    expect(answer && { status: answer.status, code: JSON.parse(answer.body).errors[0].extensions.code }).toEqual({
      status: 431,
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
    });
    expect(answer!.headers['x-content-type-options']).toBe('nosniff');
  });
});
