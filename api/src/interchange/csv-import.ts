import { parseCsv } from './csv-table';
import { foldName, type RecordKind } from './field-table';
import type { ImportDocument } from './import-document';
import { decodeText, type TextEncoding } from './text-decoding';

/** A file given to an import, with the kind of records it holds when the caller knows it. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly kind?: RecordKind;
}

const KIND_BY_NAME: ReadonlyArray<[RegExp, RecordKind]> = [
  [/actor|node|organi[sz]ation/i, 'actor'],
  [/relation|edge|tie|link/i, 'relation'],
  [/source|evidence/i, 'source'],
  [/theme/i, 'theme'],
];

/**
 * The kind of records a table holds: as given, else from its file name (actors.csv, edges.csv …),
 * else from its headers (source and target: relations; subject: sources; otherwise actors).
 */
export function tableKind(name: string, headers: readonly string[], given?: RecordKind): RecordKind {
  if (given) return given;
  // The last word of the name decides first ("my-map-relations.csv"), then any word of it.
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const last = base.split(/[-_ .]+/).pop() ?? '';
  for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(last)) return kind;
  for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(base)) return kind;
  const folded = new Set(headers.map(foldName));
  if ((folded.has('source') || folded.has('from')) && (folded.has('target') || folded.has('to'))) return 'relation';
  if (folded.has('subject') || folded.has('quote')) return 'source';
  return 'actor';
}

/** Reads CSV files (actors, relations, and optional sources and themes files) into a document. */
export function readCsvFiles(document: ImportDocument, files: readonly ImportFile[]): TextEncoding[] {
  const encodings: TextEncoding[] = [];
  const order: RecordKind[] = ['theme', 'actor', 'relation', 'source'];
  const tables = files.map((file) => {
    const { text, encoding } = decodeText(file.bytes);
    encodings.push(encoding);
    const table = parseCsv(text);
    return { file, table, kind: tableKind(file.name, table.headers, file.kind) };
  });
  tables.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const { file, table, kind } of tables) {
    if (table.problem) {
      document.problem({ file: file.name, row: table.problem.line, element: null }, null, null, table.problem.reason);
    } else if (table.headers.every((header) => header.trim() === '')) {
      document.problem(
        { file: file.name, row: 1, element: null },
        null,
        null,
        'has no header row (the first line must name the columns)',
      );
    } else {
      document.addTable(kind, file.name, table.headers, table.rows);
    }
  }
  return encodings;
}
