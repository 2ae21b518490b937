import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_EDITOR } from '../../api/src/auth/viewer';
import type { Database } from '../../api/src/db/run-query';
import { untitledSources } from '../../api/src/repositories/source.repository';
import { SOURCE_WRITES } from '../../api/src/services/source.service';

const BATCH = 200;

/** One entry of a map folder's documents.json: a source document's file name and its title. */
export interface DocumentTitle {
  document: string;
  title: string;
}

/** The titles of a map folder's source documents (documents.json), by file name; empty without one. */
export function readDocumentTitles(dir: string): Map<string, string> {
  const file = path.join(dir, 'documents.json');
  if (!existsSync(file)) return new Map();
  const entries = JSON.parse(readFileSync(file, 'utf8')) as DocumentTitle[];
  return new Map(entries.map((entry) => [entry.document, entry.title]));
}

/**
 * Gives every live source of a workspace that cites a titled document by file name, and has no
 * title yet, its document's title: each through the write cycle (a new version and a change record,
 * as an edit would). Sources are matched on import by their fields, title included, so the seed's
 * files keep sources untitled and the title is added here, after a load and on maps loaded before
 * the titles existed. Returns how many sources were titled (0 once done).
 */
export async function titleSources(
  db: Database,
  workspaceId: string,
  titles: ReadonlyMap<string, string>,
): Promise<number> {
  const untitled = await untitledSources(db, workspaceId, [...titles.keys()]);
  let titled = 0;
  // Many small writes in few transactions: one per source took over a minute for the seed map.
  for (let start = 0; start < untitled.length; start += BATCH) {
    titled += await db.writeTransaction(async (tx) => {
      let done = 0;
      for (const source of untitled.slice(start, start + BATCH)) {
        const current = await SOURCE_WRITES.lock(tx, LOCAL_EDITOR, source.id);
        // Edited or titled meanwhile: the edit stands.
        if (current.version !== source.version || current.title) continue;
        await SOURCE_WRITES.writePatch(
          tx,
          LOCAL_EDITOR,
          current,
          { title: titles.get(source.document) },
          {
            action: 'UPDATE',
          },
        );
        done += 1;
      }
      return done;
    });
  }
  return titled;
}
