/**
 * Database hits of each read workload of `npm run bench:api`, per statement. Both servers run once more
 * in this process over a recording driver (profile-driver.ts): Tiermap from its build (api/dist, as the
 * other benchmarks load it: tsx emits no decorator metadata for type-graphql), with statement names
 * from `Database.trace`, and the peer from peer-schema.ts. Each statement a request sent is then run
 * again under PROFILE.
 */
import { compiledApi } from './compiled-api';
import { graphql } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ReadWorkload } from './api-workload';
import { createPeerSchema } from './peer/peer-schema';
import { profileStatement, recordingDriver, type RecordedStatement } from './profile-driver';
import { BENCH_SECRET } from './bench-auth';
import { NO_RATE_LIMITS } from '../helpers/rate-limits';

export interface StatementHits {
  name: string;
  dbHits: number;
}

export interface WorkloadHits {
  key: string;
  tiermap: StatementHits[];
  peer: StatementHits[];
  /** Why the workload could not be profiled on one server or both (an error or PROFILE failed), else null. */
  error: string | null;
}

/** Profiles one request's statements; `names[i]` names the i-th statement. */
async function profileAll(
  profiler: Driver,
  statements: RecordedStatement[],
  names: readonly string[],
): Promise<StatementHits[]> {
  const out: StatementHits[] = [];
  for (const [i, statement] of statements.entries()) {
    out.push({ name: names[i] ?? `statement ${i + 1}`, dbHits: await profileStatement(profiler, statement) });
  }
  return out;
}

/** Db hits per statement of each workload's request, for both servers. */
export async function measureDbHits(neo4jUri: string, workloads: readonly ReadWorkload[]): Promise<WorkloadHits[]> {
  const api = compiledApi({ production: false });
  const config = api.loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: neo4jUri,
    LOG_LEVEL: 'silent',
    TIERMAP_SECRET: BENCH_SECRET,
    ...NO_RATE_LIMITS,
  });
  const logger = api.createLogger('silent');
  const tiermapDriver = recordingDriver(api.createDriver(config.neo4j));
  const db = new api.Database(tiermapDriver.driver, logger, config.neo4j.database);
  const server = await api.createServer({ config, db, logger, schema: await api.createSchema() });
  const peerDriver = recordingDriver(neo4j.driver(neo4jUri));
  const peerSchema = await createPeerSchema(peerDriver.driver);
  const profiler = neo4j.driver(neo4jUri);
  const profileWorkload = async (workload: ReadWorkload, first: boolean) => {
    const {
      value: { result, trace },
      statements,
    } = await tiermapDriver.record(() =>
      db.trace(() =>
        server.apollo.executeOperation(
          { query: workload.tiermap.query, variables: workload.tiermap.variables ?? {} },
          { contextValue: server.contextFor() },
        ),
      ),
    );
    if (result.body.kind !== 'single' || result.body.singleResult.errors) {
      throw new Error(`Tiermap failed in process: ${JSON.stringify(result.body).slice(0, 300)}`);
    }
    const tiermap = await profileAll(profiler, statements, trace.queries);
    const peerRun = () =>
      graphql({
        schema: peerSchema,
        source: workload.peer.query,
        variableValues: workload.peer.variables ?? {},
        contextValue: {},
      });
    // The library reads the database's version once, on its first request: keep that out.
    if (first) await peerRun();
    const { value: answer, statements: peerStatements } = await peerDriver.record(peerRun);
    if (answer.errors) return { tiermap, peer: [], error: `the peer failed: ${answer.errors[0]?.message}` };
    return { tiermap, peer: await profileAll(profiler, peerStatements, ['generated']), error: null };
  };
  try {
    const results: WorkloadHits[] = [];
    let first = true;
    for (const workload of workloads) {
      try {
        results.push({ key: workload.key, ...(await profileWorkload(workload, first)) });
      } catch (error) {
        results.push({
          key: workload.key,
          tiermap: [],
          peer: [],
          error: error instanceof Error ? error.message : String(error),
        });
      }
      first = false;
    }
    return results;
  } finally {
    await server.stop();
    await db.close();
    await peerDriver.driver.close();
    await profiler.close();
  }
}
