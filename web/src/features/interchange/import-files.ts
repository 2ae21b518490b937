import type { RecordKind } from './import-fields';

/** The formats startImport reads (the API's ImportFormat). */
export const IMPORT_FORMATS = ['CSV', 'XLSX', 'JSON', 'GRAPHML', 'GEXF'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  csv: 'CSV',
  tsv: 'CSV',
  txt: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  graphml: 'GRAPHML',
  xml: 'GRAPHML',
  gexf: 'GEXF',
};

/** The format of a file, by its extension; null when it is none we read. */
export function formatOf(name: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return FORMAT_BY_EXTENSION[extension] ?? null;
}

const KIND_BY_NAME: ReadonlyArray<[RegExp, RecordKind]> = [
  [/actor|node|organi[sz]ation/i, 'ACTOR'],
  [/relation|edge|tie|link/i, 'RELATION'],
  [/source|evidence/i, 'SOURCE'],
  [/theme/i, 'THEME'],
];

/**
 * What the rows of a CSV file are, guessed as the API guesses (the last word of its name, then any
 * word, then its headers: source and target make relations, a subject or quote sources).
 */
export function guessKind(name: string, headers: readonly string[]): RecordKind {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const last = base.split(/[-_ .]+/).pop() ?? '';
  for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(last)) return kind;
  for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(base)) return kind;
  const folded = new Set(headers.map((header) => header.trim().toLowerCase()));
  if ((folded.has('source') || folded.has('from')) && (folded.has('target') || folded.has('to'))) return 'RELATION';
  if (folded.has('subject') || folded.has('quote')) return 'SOURCE';
  return 'ACTOR';
}

/**
 * The format of a set of chosen files, or why they cannot go together: CSV files (an actors file, a
 * relations file, optional sources and themes files), or exactly one XLSX, JSON, GraphML or GEXF file.
 */
export function chosenFormat(names: readonly string[]): { format: ImportFormat } | { problem: string } {
  if (names.length === 0) return { problem: 'Choose a file to import.' };
  const formats = names.map(formatOf);
  const unknown = names.find((_, index) => formats[index] === null);
  if (unknown)
    return { problem: `“${unknown}” is not a file we read: choose .csv, .xlsx, .json, .graphml or .gexf files.` };
  const format = formats[0]!;
  if (formats.some((other) => other !== format))
    return { problem: 'Choose CSV files together, or one file of another format, not a mix.' };
  if (format !== 'CSV' && names.length > 1)
    return { problem: `Choose one ${format === 'GRAPHML' ? 'GraphML' : format} file (it holds actors and relations).` };
  if (names.length > 8) return { problem: 'Choose at most 8 files.' };
  return { format };
}
