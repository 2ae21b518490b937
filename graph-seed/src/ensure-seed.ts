import path from 'node:path';
import { LOCAL_EDITOR } from '../../api/src/auth/viewer';
import { loadConfig } from '../../api/src/config';
import { createDriver } from '../../api/src/db/driver';
import { Database } from '../../api/src/db/run-query';
import { createLogger } from '../../api/src/logger';
import { findWorkspace } from '../../api/src/repositories/workspace.repository';
import { readDocumentTitles, titleSources } from './document-titles';
import { describeLoad, loadGraphFolder } from './load-graph';

export const SEED_DIR = path.resolve(__dirname, '..', 'data', 'seed-ecosystem');
export const SEED_SLUG = 'seed-ecosystem';

/**
 * Loads the seed map when its workspace is missing (used by `npm start`), and gives its sources the
 * titles of their documents (also on a seed map loaded before they existed); returns what it did.
 */
export async function ensureSeed(env: NodeJS.ProcessEnv): Promise<string> {
  const config = loadConfig(env);
  const db = new Database(createDriver(config.neo4j), createLogger('warn', 'tiermap-seed'), config.neo4j.database);
  try {
    const titles = readDocumentTitles(SEED_DIR);
    const existing = await findWorkspace(db, LOCAL_EDITOR, SEED_SLUG);
    if (existing) {
      const titled = await titleSources(db, existing.id, titles);
      return `the seed map "${SEED_SLUG}" is already loaded${titled > 0 ? ` (${titled} sources given their document's title)` : ''}`;
    }
    const started = Date.now();
    const report = await loadGraphFolder(db, SEED_DIR);
    await titleSources(db, report.workspaceId, titles);
    return describeLoad(report, (Date.now() - started) / 1000);
  } finally {
    await db.close();
  }
}
