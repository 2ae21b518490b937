/**
 * A generated map (graph-seed generator) loaded into Neo4j with the graph-seed loader, unless a
 * workspace with its slug and counts is already there. Shared by the analytics and web benchmarks.
 */
import { LOCAL_EDITOR } from '../../api/src/auth/viewer';
import { createDriver } from '../../api/src/db/driver';
import { applyMigrations } from '../../api/src/db/migrations';
import { Database } from '../../api/src/db/run-query';
import { createLogger } from '../../api/src/logger';
import { findWorkspaceSummary } from '../../api/src/repositories/workspace.repository';
import { generateGraph } from '../../graph-seed/src/generate-graph';
import type { GraphFiles } from '../../graph-seed/src/graph-file.types';
import { loadGraphFiles } from '../../graph-seed/src/load-graph';

export interface GeneratedWorkspace {
  files: GraphFiles;
  id: string;
  loadedNow: boolean;
  loadSeconds: number | null;
}

/** The API's Database over `neo4jUri`, for a benchmark's own reads and writes (close it when done). */
export function benchDatabase(neo4jUri: string, name: string): Database {
  const config = {
    uri: neo4jUri,
    user: undefined,
    password: undefined,
    database: undefined,
    retryMs: 30_000,
    connectTimeoutMs: 10_000,
  };
  return new Database(createDriver(config), createLogger('warn', name), undefined);
}

/** Generates `actors` actors (about four relations each) with `seed` and makes sure they are loaded. */
export async function ensureGeneratedWorkspace(
  neo4jUri: string,
  actors: number,
  seed: number,
  log: (line: string) => void,
): Promise<GeneratedWorkspace> {
  const files = generateGraph({ actors, seed });
  const db = benchDatabase(neo4jUri, 'bench-loader');
  try {
    await applyMigrations(db);
    const existing = await findWorkspaceSummary(db, LOCAL_EDITOR, files.workspace.slug);
    if (existing && existing.actorCount === files.actors.length && existing.relationCount === files.relations.length) {
      return { files, id: existing.id, loadedNow: false, loadSeconds: null };
    }
    log(`loading ${files.actors.length} actors and ${files.relations.length} relations…`);
    const started = performance.now();
    let lastShown = 0;
    const report = await loadGraphFiles(db, files, {
      reset: true,
      onProgress: (done, total) => {
        if (done - lastShown >= total / 10 || done === total) {
          lastShown = done;
          log(`  ${done}/${total}`);
        }
      },
    });
    return { files, id: report.workspaceId, loadedNow: true, loadSeconds: (performance.now() - started) / 1000 };
  } finally {
    await db.close();
  }
}
