/**
 * The database goes away and comes back: the API answers SERVICE_UNAVAILABLE meanwhile (never a
 * crash, never a driver message) and serves again by itself once the database is back.
 * Uses its own Neo4j so the shared test database is not disturbed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../../neo4j/src/local-neo4j';
import { freePort } from '../../helpers/free-port';
import { startTestApi, type TestApi } from '../../helpers/test-api';

const WORKSPACES = '{ workspaces { slug } health { status neo4j { connected } } }';

describe('a database outage', () => {
  let db: LocalNeo4j;
  let api: TestApi;
  let port: number;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tiermap-outage-'));

  beforeAll(async () => {
    port = await freePort();
    db = await startLocalNeo4j({ port, dataDir, heapMb: 512, pageCacheMb: 64 });
    api = await startTestApi({ neo4jUri: db.uri, retryMs: 1000 });
  });
  afterAll(async () => {
    await api.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is served while the database is up', async () => {
    const answer = await api.gql(WORKSPACES);
    expect(answer.errors).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE while it is down, and recovers when it returns', async () => {
    await db.stop();
    const down = await api.gql(WORKSPACES);
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toBe('The database is unavailable; try again shortly');
    expect(JSON.stringify(down)).not.toMatch(/Neo4jError|ECONNREFUSED|bolt:/);
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(503);
    expect((await fetch(`${api.origin}/healthz`)).status).toBe(200);

    db = await startLocalNeo4j({ port, dataDir, heapMb: 512, pageCacheMb: 64 });
    let answer = await api.gql<{ health: { neo4j: { connected: boolean } } }>(WORKSPACES);
    for (let attempt = 0; attempt < 20 && answer.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await api.gql(WORKSPACES);
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.health.neo4j.connected).toBe(true);
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(200);
  });
});
