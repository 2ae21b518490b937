/**
 * Fuzz classes at the HTTP layer: content types and charsets, invalid UTF-8, oversize and stalled
 * bodies, unknown routes and methods, odd headers.
 */
import fc from 'fast-check';
import { JSON_TYPE, asAdmin, gqlBody, post, text, type FuzzRequest, type FuzzTargets } from './fuzz-request';

export function contentTypes(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const types = fc.oneof(
    fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json; charset=klingon',
      'application/json; charset=',
      'application/json; charset="utf-8"',
      'application/json;;;',
      'application/jsonx',
      '*/*',
      '',
      'application/graphql-response+json',
      'application/json, text/plain',
      'application/json; boundary=---',
    ),
    text(60),
  );
  const encodings = fc.constantFrom(undefined, 'gzip', 'deflate', 'br', 'identity', 'klingon', 'gzip, gzip');
  return fc
    .tuple(types, encodings)
    .map(([type, encoding]) =>
      post(gqlBody('{ me { id } }'), [
        ['content-type', type],
        ...(encoding ? [['content-encoding', encoding] as const] : []),
        ...Object.entries(t.admin),
      ]),
    );
}

export function invalidUtf8(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const invalid = fc
    .tuple(
      fc.uint8Array({ maxLength: 30 }),
      fc.constantFrom([0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff]),
    )
    .map(([noise, bad]) =>
      Buffer.concat([Buffer.from(noise.filter((b) => b !== 0x22 && b !== 0x5c)), Buffer.from(bad)]),
    );
  return fc.oneof(
    invalid.map((bytes) =>
      post(
        Buffer.concat([
          Buffer.from(`{"query":"{ actors(workspace: \\"${t.slug}\\", search: \\"`),
          bytes,
          Buffer.from('\\") { totalCount } }"}'),
        ]),
        asAdmin(t),
      ),
    ),
    invalid.map((bytes) =>
      post(
        Buffer.concat([
          Buffer.from(
            `{"query":"mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }","variables":{"ws":"${t.workspaceId}","input":{"kind":"NGO","tier":"LOCAL","country":"ZZ","name":"`,
          ),
          bytes,
          Buffer.from('"}}}'),
        ]),
        asAdmin(t),
      ),
    ),
    invalid.map((bytes) => post(Buffer.concat([Buffer.from('{"query":"'), bytes, Buffer.from('"}')]), asAdmin(t))),
    invalid.map((bytes) => post(bytes, asAdmin(t))),
    invalid.map((bytes) =>
      post(gqlBody('{ me { id } }'), [JSON_TYPE, ['authorization', Buffer.concat([Buffer.from('Bearer '), bytes])]]),
    ),
    invalid.map((bytes) => post(gqlBody('{ me { id } }'), [...asAdmin(t), ['x-request-id', bytes]])),
    invalid.map((bytes) => ({
      method: 'GET',
      path: `/graphql?query=${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`,
      headers: [['apollo-require-preflight', 'true'] as const],
    })),
  );
}

export function oversize(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const big = fc.integer({ min: 2 * 1024 * 1024 + 1, max: 10 * 1024 * 1024 });
  return fc.oneof(
    big.map((n) => ({ ...post(Buffer.alloc(n, 0x20), asAdmin(t), 413), sendBodyBytes: 65_536 })),
    big.map((n) => ({ ...post(Buffer.alloc(n, 0x20), asAdmin(t), 413), sendBodyBytes: 0 })),
    fc.integer({ min: 2 * 1024 * 1024 + 1, max: 3 * 1024 * 1024 }).map((n) => {
      const body = gqlBody(`{ me { id } } #${'x'.repeat(n)}`);
      const chunked = Buffer.concat([
        Buffer.from(`${body.length.toString(16)}\r\n`),
        body,
        Buffer.from('\r\n0\r\n\r\n'),
      ]);
      return { ...post(chunked, [...asAdmin(t), ['transfer-encoding', 'chunked']], 413), noLength: true };
    }),
  );
}

export function stalled(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    fc.tuple(fc.integer({ min: 10, max: 100_000 }), fc.nat()).map(([n, part]) => ({
      ...post(gqlBody(`{ me { id } } #${'x'.repeat(n)}`), asAdmin(t), 408),
      sendBodyBytes: part % n,
    })),
    fc.nat({ max: 500 }).map((n) => ({
      ...post(Buffer.from(`1000\r\n${'x'.repeat(n)}`), [...asAdmin(t), ['transfer-encoding', 'chunked']], 408),
      noLength: true,
    })),
    fc.constantFrom('GET /healthz', 'POST /graphql').map((line) => {
      const [method = 'GET', path = '/'] = line.split(' ');
      return { method, path, headers: [['x-half', 'the headers never end'] as const], stallHeaders: true, status: 408 };
    }),
  );
}

export function routesAndMethods(): fc.Arbitrary<FuzzRequest> {
  const methods = fc.oneof(
    fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'HEAD',
      'TRACE',
      'PROPFIND',
      'PURGE',
      'SEARCH',
      'LINK',
    ),
    fc.stringMatching(/^[A-Za-z]{1,12}$/),
  );
  const paths = fc.oneof(
    fc.constantFrom(
      '/',
      '/graphql',
      '/graphql/',
      '/GRAPHQL',
      '/healthz',
      '/readyz',
      '/healthz?x=1',
      '//graphql',
      '/graphql?query={me{id}}',
      '/graphql?query={me{id}}&variables=notjson',
      '/graphql?query=mutation{signOut}',
      '/%',
      '/%zz',
      '/..%2f..%2fetc%2fpasswd',
      '/graphql?' + 'q'.repeat(8_000),
      '*',
      'http://evil.example/graphql',
      '/graphql#frag',
      '/index.html',
      '/.env',
    ),
    fc.webPath(),
    text(30).map((s) => `/${encodeURIComponent(s)}`),
  );
  return fc.tuple(methods, paths, fc.boolean()).map(([method, path, withBody]) => ({
    method,
    path,
    headers: [JSON_TYPE, ['apollo-require-preflight', 'true']],
    ...(withBody ? { body: gqlBody('{ me { id } }') } : {}),
  }));
}

export function oddHeaders(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const body = gqlBody('{ me { id } workspaces { id } }');
  const header = fc.oneof(
    fc.tuple(
      fc.constant('authorization'),
      fc.oneof(
        fc.constantFrom(
          '',
          'Bearer',
          'Bearer ',
          'Bearer x.y.z',
          'Basic Zm9vOmJhcg==',
          'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
          `Bearer ${'a'.repeat(8000)}`,
        ),
        text(80),
        text(80).map((s) => `Bearer ${s}`),
      ),
    ),
    fc.tuple(
      fc.constant('x-tiermap-viewer'),
      fc.oneof(fc.constantFrom('', 'admin', 'system', 'anonymous', 'ANONYMOUS', 'owner'), text()),
    ),
    fc.tuple(
      fc.constant('cookie'),
      fc.oneof(
        text(100),
        text(60).map((s) => `tiermap_refresh=${s}`),
        fc.constant('tiermap_refresh=; tiermap_refresh=x'),
      ),
    ),
    fc.tuple(fc.constant('x-request-id'), fc.oneof(text(), fc.constant('r'.repeat(5_000)))),
    fc.tuple(
      fc.constant('accept'),
      fc.constantFrom(
        'text/html',
        'application/graphql-response+json',
        'application/xml',
        '*/*;q=x',
        '',
        'application/json;q=0',
        'image/png, text/*',
      ),
    ),
    fc.tuple(fc.constant('origin'), fc.constantFrom('null', 'http://evil.example', 'http://localhost:5173', '*', '')),
    fc.tuple(fc.constant('host'), fc.constantFrom('', 'evil.example', 'a'.repeat(300), '127.0.0.1:1:2')),
    fc.tuple(fc.constant('expect'), fc.constantFrom('100-continue', 'bogus', '')),
    fc.tuple(
      fc.constantFrom(
        'x-http-method-override',
        'x-forwarded-for',
        'forwarded',
        'range',
        'if-none-match',
        'te',
        'upgrade',
      ),
      text(),
    ),
    fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), text()),
  );
  return fc.oneof(
    fc.array(header, { minLength: 1, maxLength: 4 }).map((headers) => post(body, [JSON_TYPE, ...headers])),
    fc.integer({ min: 16_500, max: 80_000 }).map((n) => post(body, [...asAdmin(t), ['x-big', 'b'.repeat(n)]], 431)),
    fc
      .integer({ min: 50, max: 1_900 })
      .map((n) => post(body, [...asAdmin(t), ...Array.from({ length: n }, (_, i) => [`x-h${i}`, 'v'] as const)])),
    fc.constantFrom(
      post(body, [...asAdmin(t), ['content-length', '1']], 400),
      {
        ...post(body, [...asAdmin(t), ['content-length', String(body.length)], ['transfer-encoding', 'chunked']], 400),
        noLength: true,
      },
      { ...post(body, [...asAdmin(t), ['transfer-encoding', 'bogus']], 400), noLength: true },
      { ...post(body, [...asAdmin(t), ['content-length', '99999999999999999999999']], 400), noLength: true },
      { ...post(body, [...asAdmin(t), ['content-length', '-5']], 400), noLength: true },
      post(body, [...asAdmin(t), ['bad header', 'x']], 400),
      post(body, [...asAdmin(t), ['x-nul', 'a\u0000b']], 400),
      post(body, [...asAdmin(t), ['expect', 'bogus']], 417),
      { ...post(body, [...asAdmin(t), ['upgrade', 'websocket'], ['connection', 'upgrade']]) },
    ),
  );
}
