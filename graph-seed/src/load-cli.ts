/**
 * `npm run seed [-- --reset] [-- --dir graph-seed/data/generated-10k]`: loads a map folder into the
 * database at NEO4J_URI (default: the local one that `npm start` or `npm run db` runs).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../../api/src/db/driver';
import { applyMigrations } from '../../api/src/db/migrations';
import { Database } from '../../api/src/db/run-query';
import { createLogger } from '../../api/src/logger';
import { loadConfig } from '../../api/src/config';
import { readDocumentTitles, titleSources } from './document-titles';
import { describeLoad, loadGraphFolder } from './load-graph';
import { progressBar } from './progress-bar';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, dir: { type: 'string' }, batch: { type: 'string' } },
  });
  const dir = path.resolve(values.dir ?? path.join(__dirname, '..', 'data', 'seed-ecosystem'));
  const config = loadConfig();
  const db = new Database(createDriver(config.neo4j), createLogger('warn', 'tiermap-seed'), config.neo4j.database);
  try {
    await db.ping();
  } catch {
    console.error(`✖ Cannot reach Neo4j at ${config.neo4j.uri}: start it (npm start or npm run db) or set NEO4J_URI.`);
    process.exit(1);
  }
  try {
    await applyMigrations(db);
    const started = Date.now();
    const bar = progressBar('loading');
    const report = await loadGraphFolder(db, dir, {
      reset: values.reset,
      ...(values.batch ? { batchSize: Number(values.batch) } : {}),
      onProgress: bar.update,
    });
    bar.done();
    const titled = await titleSources(db, report.workspaceId, readDocumentTitles(dir));
    console.log(describeLoad(report, (Date.now() - started) / 1000));
    if (titled > 0) console.log(`  ${titled} sources given their document's title (documents.json)`);
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

void main();
