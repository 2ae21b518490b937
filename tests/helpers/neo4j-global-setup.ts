/**
 * Starts one local Neo4j for the whole test run, unless NEO4J_URI points at a database already.
 * Workers inherit NEO4J_URI from this process.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/src/local-neo4j';
import { freePort } from './free-port';

declare global {
  var __tiermapNeo4j: { db: LocalNeo4j; dataDir: string } | undefined;
}

export default async function neo4jGlobalSetup(): Promise<void> {
  if (process.env.NEO4J_URI || globalThis.__tiermapNeo4j) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tiermap-test-neo4j-'));
  const db = await startLocalNeo4j({ port: await freePort(), dataDir, heapMb: 1024, pageCacheMb: 128 });
  globalThis.__tiermapNeo4j = { db, dataDir };
  process.env.NEO4J_URI = db.uri;
  process.env.TIERMAP_TEST_OWNS_NEO4J = '1';
}
