import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CsvRowReader } from './csv-table';
import { foldName, type RecordKind } from './field-table';
import type { ImportDocument } from './import-document';
import { detectEncoding, pieceDecoder, type TextEncoding } from './text-decoding';

/**
 * A file given to an import, with the kind of records it holds when the caller knows it: its
 * bytes, or the path of a file on disk (an upload), which CSV imports read as a stream.
 */
export type ImportFile = { readonly name: string; readonly kind?: RecordKind } & (
  { readonly bytes: Uint8Array } | { readonly path: string }
);

/** The size of the pieces a file is read in (a CSV file is parsed piece by piece). */
export const FILE_PIECE_BYTES = 1 << 20;

/** A file's bytes, read whole (formats that cannot be read as a stream: XLSX, JSON, GraphML, GEXF). */
export async function fileBytes(file: ImportFile): Promise<Uint8Array> {
  return 'bytes' in file ? file.bytes : readFile(file.path);
}

/** A file's bytes in pieces of at most `size` bytes, never all of a file on disk at once. */
export async function* filePieces(file: ImportFile, size = FILE_PIECE_BYTES): AsyncGenerator<Uint8Array> {
  if ('bytes' in file) {
    for (let start = 0; start < file.bytes.length; start += size) yield file.bytes.subarray(start, start + size);
    return;
  }
  for await (const piece of createReadStream(file.path, { highWaterMark: size })) yield piece as Buffer;
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

/**
 * Reads CSV files (actors, relations, and optional sources and themes files) into a document, each
 * as a stream: a first pass finds its encoding and its header (so its kind), a second parses it
 * piece by piece and adds each row as it ends. Neither the text of a file nor its rows are held,
 * only the records read from them. `pieceBytes` sets the size of the pieces (tests).
 */
export async function readCsvFiles(
  document: ImportDocument,
  files: readonly ImportFile[],
  pieceBytes = FILE_PIECE_BYTES,
): Promise<TextEncoding[]> {
  const order: RecordKind[] = ['theme', 'actor', 'relation', 'source'];
  const tables = [];
  for (const file of files) {
    const encoding = await detectEncoding(filePieces(file, pieceBytes));
    const headers = await headerOf(file, encoding, pieceBytes);
    tables.push({ file, encoding, headers, kind: tableKind(file.name, headers ?? [], file.kind) });
  }
  const encodings = tables.map((table) => table.encoding);
  tables.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const { file, encoding, headers, kind } of tables) {
    if (headers === null || headers.every((header) => header.trim() === '')) {
      const problem = headers === null ? await parseFile(file, encoding, pieceBytes, () => undefined) : null;
      document.problem(
        { file: file.name, row: problem?.line ?? 1, element: null },
        null,
        null,
        problem?.reason ?? 'has no header row (the first line must name the columns)',
      );
      continue;
    }
    const before = document.mark();
    const addRow = document.beginTable(kind, file.name, headers);
    let header = true;
    const problem = await parseFile(file, encoding, pieceBytes, ({ line, cells }) => {
      if (header) header = false;
      else addRow(line, cells);
    });
    if (problem) {
      // The rows before an unclosed quote were read already: the file is refused as a whole.
      document.rollBack(before);
      document.problem({ file: file.name, row: problem.line, element: null }, null, null, problem.reason);
    }
  }
  return encodings;
}

/** A file's header row (its first row that is not blank); null when the file has none or cannot be parsed. */
async function headerOf(file: ImportFile, encoding: TextEncoding, pieceBytes: number): Promise<string[] | null> {
  let header: string[] | null = null;
  const reader = new CsvRowReader((row) => (header ??= row.cells));
  const decode = pieceDecoder(encoding);
  for await (const piece of filePieces(file, pieceBytes)) {
    reader.push(decode(piece));
    if (header) return header;
  }
  return reader.end() ? null : header;
}

/** Parses a whole file, piece by piece, handing on each row; answers the problem of a quote never closed. */
async function parseFile(
  file: ImportFile,
  encoding: TextEncoding,
  pieceBytes: number,
  onRow: (row: { line: number; cells: string[] }) => void,
): Promise<{ line: number; reason: string } | null> {
  const reader = new CsvRowReader(onRow);
  const decode = pieceDecoder(encoding);
  for await (const piece of filePieces(file, pieceBytes)) reader.push(decode(piece));
  return reader.end();
}
