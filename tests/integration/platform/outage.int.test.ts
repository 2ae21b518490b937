/**
 * The database dies under writers and comes back: a fault test with its own Neo4j, killed with
 * SIGKILL in the middle of 20 concurrent writers and restarted on the same data directory. While it
 * is down every request is answered SERVICE_UNAVAILABLE within a second (never another code, never a
 * hang), no acknowledged write is lost, and the API serves again by itself once the database is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyMigrations } from '../../../api/src/db/migrations';
import { defineQuery } from '../../../api/src/db/query';
import { startLocalNeo4j, type LocalNeo4j } from '../../../neo4j/src/local-neo4j';
import { freePort } from '../../helpers/free-port';
import { startTestApi, type TestApi, type TestUser } from '../../helpers/test-api';

const WRITERS = 20;
const WRITES = 2000;
/** The database is killed once this many writes were acknowledged. */
const KILL_AFTER = 600;
/** The longest any request may take to be answered while the database is down. */
const OUTAGE_ANSWER_MS = 1000;
/**
 * A request not answered within this is recorded as a hang. Generous: the first writes after the
 * restart run on a cold JVM and plan cache (measured up to 8 s each on a loaded 2-core machine).
 */
const HANG_MS = 30000;

const CREATE_ACTOR = `mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id name } }`;
const HEALTH = '{ health { status neo4j { connected } } }';
const READ = '{ workspaces { slug } }';

const ACTORS_BY_ID = defineQuery<{ ids: string[] }, { id: string; name: string }>(
  'test.actorsById',
  'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name',
);

/** One request as a client saw it: when it was sent (ms, monotonic), how long it took, what came back. */
interface Exchange {
  sentAt: number;
  ms: number;
  status: number;
  /** `ok`, the first error's code, or HANG / NETWORK. */
  outcome: string;
  body: Record<string, unknown> | null;
}

describe('a database outage', () => {
  let db: LocalNeo4j;
  let api: TestApi;
  let writer: TestUser;
  /** One workspace per writer: writers contend on the database, not on one workspace's lock. */
  const workspaceIds: string[] = [];
  let port: number;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tiermap-outage-'));
  const startDatabase = () => startLocalNeo4j({ port, dataDir, heapMb: 512, pageCacheMb: 64 });

  /** Sends one request and records what happened, however it ended. */
  const send = async (
    pathname: string,
    body?: { query: string; variables?: Record<string, unknown> },
    headers: Record<string, string> = {},
  ): Promise<Exchange> => {
    const sentAt = performance.now();
    try {
      const response = await fetch(`${api.origin}${pathname}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', ...headers },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(HANG_MS),
      });
      const json = (await response.json()) as Record<string, unknown>;
      const errors = json.errors as Array<{ extensions?: { code?: string } }> | undefined;
      const outcome = errors?.length ? String(errors[0]?.extensions?.code) : 'ok';
      return { sentAt, ms: performance.now() - sentAt, status: response.status, outcome, body: json };
    } catch (error) {
      const outcome = (error as Error).name === 'TimeoutError' ? 'HANG' : 'NETWORK';
      // What the network said (e.g. ECONNRESET, UND_ERR_SOCKET), for the failure message.
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      const detail = { error: `${(error as Error).message}: ${cause?.code ?? ''} ${cause?.message ?? ''}`.trim() };
      return { sentAt, ms: performance.now() - sentAt, status: 0, outcome, body: detail };
    }
  };

  beforeAll(async () => {
    port = await freePort();
    db = await startDatabase();
    // The production defaults for timeouts and retries, not the test helper's.
    api = await startTestApi({ neo4jUri: db.uri, env: { NEO4J_CONNECT_TIMEOUT_MS: '1000', NEO4J_RETRY_MS: '10000' } });
    await applyMigrations(api.db);
    writer = await api.signUpUser('fault-writer');
    for (let w = 0; w < WRITERS; w += 1) {
      const created = await send(
        '/graphql',
        {
          query: 'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
          variables: { input: { slug: `fault-${w}`, title: `Fault test ${w}` } },
        },
        writer.headers,
      );
      const workspace = (created.body?.data as { createWorkspace?: { id: string } } | undefined)?.createWorkspace;
      if (!workspace) throw new Error(`could not create a workspace: ${JSON.stringify(created)}`);
      workspaceIds.push(workspace.id);
    }
  });
  afterAll(async () => {
    await api.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** What the fault run saw; filled by the first test, examined by the others. */
  const run = {
    writes: [] as Array<Exchange & { name: string; id: string | null }>,
    acknowledged: new Map<string, string>(),
    startedAt: Number.NaN,
    killedAt: Number.NaN,
    restartedAt: Number.NaN,
    backAt: Number.NaN,
    endedAt: Number.NaN,
    whileDown: [] as Array<{ what: string } & Exchange>,
  };

  // Two database starts and 2,000 writes: about a minute here when the machine is quiet.
  it(`keeps every acknowledged write when Neo4j is killed under ${WRITERS} writers`, async () => {
    const outage = async () => {
      run.killedAt = performance.now();
      process.kill(db.pid, 'SIGKILL');
      await db.stop();
      const restarting = startDatabase();
      // The same questions a load balancer and a client ask, a few times while the database is down.
      for (const wait of [0, 500, 2000]) {
        await sleep(wait);
        run.whileDown.push(
          { what: 'readyz', ...(await send('/readyz')) },
          { what: 'health', ...(await send('/graphql', { query: HEALTH })) },
          { what: 'read', ...(await send('/graphql', { query: READ }, writer.headers)) },
        );
      }
      run.restartedAt = performance.now();
      db = await restarting;
      run.backAt = performance.now();
    };
    let outageDone: Promise<void> | null = null;
    const writerLoop = async (w: number) => {
      for (let i = 0; run.acknowledged.size < WRITES; i += 1) {
        const name = `Fault ${w}-${i}`;
        const answer = await send(
          '/graphql',
          { query: CREATE_ACTOR, variables: { ws: workspaceIds[w], input: { name, kind: 'NGO', tier: 'LOCAL' } } },
          writer.headers,
        );
        const created = (answer.body?.data as { createActor?: { id: string } } | null | undefined)?.createActor;
        run.writes.push({ ...answer, name, id: created?.id ?? null });
        if (answer.outcome === 'ok' && created) {
          run.acknowledged.set(created.id, name);
          if (run.acknowledged.size === KILL_AFTER) outageDone = outage();
        } else {
          await sleep(50);
        }
      }
    };
    run.startedAt = performance.now();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writerLoop(w)));
    await outageDone;
    run.endedAt = performance.now();

    // (a) Every acknowledged write is there, by id and with its name.
    const ids = [...run.acknowledged.keys()];
    const found = new Map((await api.db.read(ACTORS_BY_ID, { ids })).map((row) => [row.id, row.name]));
    const lost = ids.filter((id) => found.get(id) !== run.acknowledged.get(id));
    const duringOutage = run.writes.filter((w) => w.sentAt + w.ms > run.killedAt && w.sentAt < run.backAt);
    const afterBack = run.writes.filter((w) => w.sentAt >= run.backAt);
    // A request sent during the outage counts from when it was sent, one in flight at the kill from the kill.
    const answeredAfter = (w: Exchange) => w.sentAt + w.ms - Math.max(w.sentAt, run.killedAt);
    const beforeKill = run.writes.filter((w) => w.sentAt + w.ms <= run.killedAt);
    console.log(
      [
        `fault run: killed after ${Math.round(run.killedAt - run.startedAt)} ms, back after ` +
          `${Math.round(run.backAt - run.killedAt)} ms, done after ${Math.round(run.endedAt - run.backAt)} ms`,
        `  before the kill: latency p50 ${percentile(beforeKill, 0.5)} ms, max ${percentile(beforeKill, 1)} ms`,
        `  ${run.writes.length} write requests, ${ids.length} acknowledged, ${found.size} present, ${lost.length} lost`,
        `  while down (${Math.round(run.backAt - run.killedAt)} ms): ${duringOutage.length} requests, ` +
          `outcomes ${JSON.stringify(countBy(duringOutage.map((w) => w.outcome)))}, ` +
          `latency p50 ${percentile(duringOutage, 0.5)} ms, max ${percentile(duringOutage, 1)} ms, ` +
          `${duringOutage.filter((w) => w.sentAt < run.killedAt).length} of them in flight at the kill`,
        `  after restart, outcomes per second: ${JSON.stringify(
          Object.entries(
            run.writes
              .filter((w) => w.sentAt >= run.backAt)
              .reduce<Record<string, Record<string, number>>>((acc, w) => {
                const second = String(Math.floor((w.sentAt - run.backAt) / 1000));
                const bucket = (acc[second] ??= {});
                bucket[w.outcome] = (bucket[w.outcome] ?? 0) + 1;
                return acc;
              }, {}),
          ).slice(0, 30),
        )}`,
        `  after restart: ${afterBack.filter((w) => w.outcome === 'ok').length} acknowledged, first after ` +
          `${Math.round((afterBack.find((w) => w.outcome === 'ok')?.sentAt ?? Number.NaN) - run.backAt)} ms, ` +
          `latency p50 ${percentile(afterBack, 0.5)} ms, max ${percentile(afterBack, 1)} ms`,
      ].join('\n'),
    );
    expect(ids.length).toBeGreaterThanOrEqual(WRITES);
    expect(lost).toEqual([]);

    // (b) Every request while it was down, including those in flight at the kill, was answered
    // SERVICE_UNAVAILABLE (or served, once the database was back) within a second of being sent.
    expect(duringOutage.filter((w) => w.outcome === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(WRITERS);
    expect(duringOutage.filter((w) => !['ok', 'SERVICE_UNAVAILABLE'].includes(w.outcome))).toEqual([]);
    const slow = duringOutage.filter((w) => answeredAfter(w) >= OUTAGE_ANSWER_MS);
    expect(
      slow.map((w) => `sent ${Math.round(w.sentAt - run.killedAt)} ms after the kill, took ${Math.round(w.ms)} ms`),
    ).toEqual([]);
    // Nothing else went wrong at any time, before, during or after.
    const unexpected = run.writes.filter((w) => w.outcome !== 'ok' && w.outcome !== 'SERVICE_UNAVAILABLE');
    if (unexpected.length > 0) {
      console.log(
        'unexpected outcomes:',
        unexpected.slice(0, 5).map((w) => ({
          outcome: w.outcome,
          sentAfterBack: Math.round(w.sentAt - run.backAt),
          ms: Math.round(w.ms),
          body: w.body,
        })),
      );
    }
    expect(countBy(run.writes.map((w) => w.outcome).filter((o) => o !== 'ok' && o !== 'SERVICE_UNAVAILABLE'))).toEqual(
      {},
    );

    // (c) The API, never restarted, writes again.
    expect(afterBack.filter((w) => w.outcome === 'ok').length).toBeGreaterThan(WRITERS);
  }, 240_000);

  it('answers /readyz 503, health DEGRADED and a read SERVICE_UNAVAILABLE within 1 s while Neo4j is down', () => {
    const byWhat = (what: string) => run.whileDown.filter((e) => e.what === what);
    console.log(
      `while down: ${run.whileDown.map((e) => `${e.what} ${e.status} ${e.outcome} ${Math.round(e.ms)} ms`).join('; ')}`,
    );
    expect(run.whileDown).toHaveLength(9);
    for (const e of run.whileDown) expect(e.ms).toBeLessThan(OUTAGE_ANSWER_MS);
    for (const e of byWhat('readyz')) expect(e.status).toBe(503);
    for (const e of byWhat('health')) {
      expect(e.body?.data).toEqual({ health: { status: 'DEGRADED', neo4j: { connected: false } } });
    }
    for (const e of byWhat('read')) {
      expect(e.outcome).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(e.body)).not.toMatch(/Neo4jError|ECONNREFUSED|bolt:/);
    }
  });

  it('is ready again without a restart of the API', async () => {
    expect((await send('/readyz')).status).toBe(200);
    const health = await send('/graphql', { query: HEALTH });
    expect(health.body?.data).toEqual({ health: { status: 'OK', neo4j: { connected: true } } });
  });
});

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function percentile(exchanges: readonly Exchange[], p: number): number {
  const sorted = exchanges.map((e) => e.ms).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}
