import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ThemeDefinition } from '../../api/src/domain/vocabulary';
import type { ActorRecord, GraphFiles, RelationRecord, WorkspaceRecord } from './graph-file.types';
import {
  mergeActors,
  mergeRelations,
  mergeThemes,
  toCanonicalActor,
  toCanonicalRelation,
  type LocatedRecord,
} from './merge-graph-records';

/**
 * Reads a map folder: workspace.json plus every `themes*.json`, `actors*.json` and `relations*.json`
 * in file-name order, so a dataset may be split into part files (`actors.part-a.json`, …).
 * Records that share an externalId (a theme: an id) are merged; a conflicting kind or tier
 * throws a GraphMergeError naming both files.
 */
export function readGraphFolder(dir: string): GraphFiles {
  const names = readdirSync(dir).sort();
  const workspace = readJson(path.join(dir, 'workspace.json')) as WorkspaceRecord;
  const located = <T>(prefix: string): LocatedRecord<T>[] =>
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .flatMap((name) => readArray<T>(path.join(dir, name)).map((record) => ({ file: name, record })));
  return {
    workspace,
    themes: mergeThemes(located<ThemeDefinition>('themes')),
    actors: mergeActors(located<ActorRecord>('actors')),
    relations: mergeRelations(located<RelationRecord>('relations')),
  };
}

/**
 * Writes the four canonical files (workspace.json, themes.json, actors.json, relations.json) as
 * pretty JSON with themes by id, actors and relations by externalId and fields in a fixed order, so
 * that regenerating unchanged data gives byte-identical files. Arrays are written record by record:
 * a 100,000-actor map does not fit in one string.
 */
export function writeGraphFolder(dir: string, files: GraphFiles): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'workspace.json'), `${JSON.stringify(files.workspace, null, 2)}\n`);
  const themes = [...files.themes].sort((a, b) => compare(a.id, b.id));
  writeFileSync(path.join(dir, 'themes.json'), `${JSON.stringify(themes, null, 2)}\n`);
  const actors = [...files.actors].sort((a, b) => compare(a.externalId, b.externalId));
  writeArray(path.join(dir, 'actors.json'), actors, toCanonicalActor);
  const relations = [...files.relations].sort((a, b) => compare(a.externalId, b.externalId));
  writeArray(path.join(dir, 'relations.json'), relations, toCanonicalRelation);
}

/** The source documents of a folder (`*.txt`), by file name. */
export function readSourceDocuments(dir: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.txt')) documents.set(name, readFileSync(path.join(dir, name), 'utf8'));
  }
  return documents;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readArray<T>(file: string): T[] {
  const value = readJson(file);
  if (!Array.isArray(value)) throw new Error(`${file}: expected a JSON array`);
  return value as T[];
}

/** Same bytes as JSON.stringify(items, null, 2), without building the whole string. */
function writeArray<T>(file: string, items: readonly T[], canonical: (item: T) => T): void {
  const fd = openSync(file, 'w');
  try {
    if (items.length === 0) {
      writeSync(fd, '[]\n');
      return;
    }
    let buffer = '[\n';
    items.forEach((item, i) => {
      buffer += JSON.stringify(canonical(item), null, 2).replace(/^/gm, '  ');
      buffer += i === items.length - 1 ? '\n]\n' : ',\n';
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    });
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

/** Code-unit order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
