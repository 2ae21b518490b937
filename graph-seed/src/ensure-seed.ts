import path from 'node:path';
import { LOCAL_EDITOR } from '../../api/src/auth/viewer';
import { loadConfig } from '../../api/src/config';
import { createDriver } from '../../api/src/db/driver';
import { Database } from '../../api/src/db/run-query';
import { createLogger } from '../../api/src/logger';
import { findWorkspace } from '../../api/src/repositories/workspace.repository';
import { describeLoad, loadGraphFolder } from './load-graph';

export const SEED_DIR = path.resolve(__dirname, '..', 'data', 'seed-ecosystem');
export const SEED_SLUG = 'seed-ecosystem';

/** Loads the seed map when its workspace is missing (used by `npm start`); returns what it did. */
export async function ensureSeed(env: NodeJS.ProcessEnv): Promise<string> {
  const config = loadConfig(env);
  const db = new Database(createDriver(config.neo4j), createLogger('warn', 'tiermap-seed'), config.neo4j.database);
  try {
    if (await findWorkspace(db, LOCAL_EDITOR, SEED_SLUG)) return `the seed map "${SEED_SLUG}" is already loaded`;
    const started = Date.now();
    const report = await loadGraphFolder(db, SEED_DIR);
    return describeLoad(report, (Date.now() - started) / 1000);
  } finally {
    await db.close();
  }
}
