import { applyMigrations } from '../../../api/src/db/migrations';
import { SCHEMA_LIST } from '../../../api/src/db/queries/schema.queries';
import { freePort } from '../../helpers/free-port';
import { startTestApi, type TestApi } from '../../helpers/test-api';

const HEALTH = '{ health { status neo4j { connected version edition latencyMs } } }';

describe('health and readiness against the real Neo4j', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('reports a connected Neo4j 5.26 community database from dbms.components()', async () => {
    const answer = await api.gql<{
      health: { status: string; neo4j: { connected: boolean; version: string; edition: string; latencyMs: number } };
    }>(HEALTH);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.health.status).toBe('OK');
    expect(answer.data?.health.neo4j.connected).toBe(true);
    expect(answer.data?.health.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(answer.data?.health.neo4j.edition).toBe('community');
    expect(answer.data?.health.neo4j.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers /healthz and /readyz with 200 while the database is up', async () => {
    const live = await fetch(`${api.origin}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('applies the schema migrations idempotently', async () => {
    await applyMigrations(api.db);
    const before = await api.db.read(SCHEMA_LIST, {});
    await applyMigrations(api.db);
    const after = await api.db.read(SCHEMA_LIST, {});
    expect(after).toEqual(before);
    expect(after.map((row) => row.name)).toEqual(expect.arrayContaining(['workspace_id', 'workspace_slug']));
  });

  it('refuses GET requests without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.origin}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(response.status).toBe(400);
  });

  it('masks nothing for malformed queries but names the problem', async () => {
    const answer = await api.gql('{ health { nope } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0]?.message).toContain('nope');
    expect(JSON.stringify(answer)).not.toContain('stacktrace');
  });
});

describe('health and readiness when the database is unreachable', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A port nothing listens on: the driver cannot connect.
    api = await startTestApi({ neo4jUri: `bolt://127.0.0.1:${await freePort()}`, retryMs: 0 });
  });
  afterAll(() => api.close());

  it('reports DEGRADED with connected: false instead of failing', async () => {
    const answer = await api.gql<{ health: { status: string; neo4j: { connected: boolean; version: string | null } } }>(
      HEALTH,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.health).toEqual({
      status: 'DEGRADED',
      neo4j: { connected: false, version: null, edition: null, latencyMs: null },
    });
  });

  it('keeps /healthz at 200 and answers /readyz with 503', async () => {
    expect((await fetch(`${api.origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
  });
});

describe('request limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('refuses a query nested too deep with QUERY_TOO_COMPLEX', async () => {
    // actor → (relations → source) × 6 → id: 14 levels, over the limit of 12.
    const nested = 'relations { source { '.repeat(6) + 'id' + ' } }'.repeat(6);
    const answer = await api.gql(`query($id: ID!) { actor(id: $id) { ${nested} } }`, { id: 'x' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
  });

  it('refuses too many aliases with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `h${i}: health { status }`).join(' ');
    const answer = await api.gql(`{ ${aliases} }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('does not suggest field names to a probing client', async () => {
    const answer = await api.gql('{ healt { status } }');
    expect(answer.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
