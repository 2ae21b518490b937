/**
 * The Host allowlist (a page on another site that rebinds its name to 127.0.0.1 is refused) and
 * introspection for signed-in users only in production (api/src/guards/request-guards.ts).
 */
import { request } from 'node:http';
import { startTestApi, type TestApi } from '../../helpers/test-api';

function call(api: TestApi, path: string, host: string, body?: string, headers: Record<string, string> = {}) {
  const url = new URL(api.origin);
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: body ? 'POST' : 'GET',
        headers: { host, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const INTROSPECTION = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
const TYPE = JSON.stringify({ query: '{ t: __type(name: "Actor") { name } }' });

describe('the Host allowlist', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers the loopback names, with or without a port', async () => {
    for (const host of [
      '127.0.0.1',
      `127.0.0.1:${new URL(api.origin).port}`,
      'localhost:4000',
      '[::1]:4000',
      'LOCALHOST',
    ]) {
      expect({ host, ...(await call(api, '/graphql', host, TYPENAME)) }).toMatchObject({ host, status: 200 });
    }
  });

  it('refuses any other Host with a JSON 421, before reading the request', async () => {
    for (const host of ['evil.example', 'evil.example:4000', '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const answer = await call(api, '/graphql', host, TYPENAME);
      expect({ host, status: answer.status }).toEqual({ host, status: 421 });
      expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      expect(answer.body.data).toBeUndefined();
    }
  });

  it('lets health checks through whatever the Host', async () => {
    expect((await call(api, '/healthz', 'pod-10-0-0-7')).status).toBe(200);
  });

  it('takes a list from ALLOWED_HOSTS, and * for any', async () => {
    const listed = await startTestApi({ env: { ALLOWED_HOSTS: 'map.example.org, 127.0.0.1' } });
    const any = await startTestApi({ env: { ALLOWED_HOSTS: '*' } });
    try {
      expect((await call(listed, '/graphql', 'map.example.org', TYPENAME)).status).toBe(200);
      expect((await call(listed, '/graphql', 'localhost', TYPENAME)).status).toBe(421);
      expect((await call(any, '/graphql', 'whatever.example', TYPENAME)).status).toBe(200);
    } finally {
      await Promise.all([listed.close(), any.close()]);
    }
  });
});

describe('introspection in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: { NODE_ENV: 'production', TIERMAP_SECRET: 'request-guards-test-secret-of-32-characters+' },
    });
  });
  afterAll(() => api.close());

  it('is refused to anonymous visitors, __schema and __type alike', async () => {
    for (const body of [INTROSPECTION, TYPE]) {
      const answer = await call(api, '/graphql', '127.0.0.1', body, { 'x-tiermap-viewer': 'anonymous' });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(answer.body.data ?? null).toBeNull();
    }
    expect((await call(api, '/graphql', '127.0.0.1', TYPENAME, { 'x-tiermap-viewer': 'anonymous' })).status).toBe(200);
  });

  it('is open to signed-in users', async () => {
    const answer = await call(api, '/graphql', '127.0.0.1', INTROSPECTION, api.admin!.headers);
    expect(answer).toMatchObject({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
  });

  it('stays open outside production', async () => {
    const dev = await startTestApi();
    try {
      const answer = await call(dev, '/graphql', '127.0.0.1', INTROSPECTION, { 'x-tiermap-viewer': 'anonymous' });
      expect(answer.status).toBe(200);
    } finally {
      await dev.close();
    }
  });
});
