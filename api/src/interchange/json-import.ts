import { readCell, type CellReading } from './cell-values';
import { fieldsOf, type FieldSpec, type RecordKind } from './field-table';
import type { ImportDocument } from './import-document';
import { decodeText } from './text-decoding';

const LISTS = new Set(['textList', 'themeList', 'countryList', 'enumList', 'languageList', 'aliasLanguageList']);

/** Reads one JSON value as a field's value: strings go through readCell; lists and sources must be arrays. */
export function readJsonValue(spec: FieldSpec, value: unknown): CellReading {
  if (value === undefined || value === null || spec.derived) return { value: undefined };
  const kind = spec.type.kind;
  if (LISTS.has(kind)) {
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      return { problem: 'must be a list of strings' };
    const items: string[] = [];
    for (const item of value as string[]) {
      const reading =
        kind === 'textList'
          ? { value: [item] }
          : kind === 'aliasLanguageList'
            ? { value: [item.trim().toLowerCase()] }
            : readCell(spec, item);
      if ('problem' in reading) return reading;
      items.push(...(reading.value as string[]));
    }
    return { value: items };
  }
  if (kind === 'sources') {
    if (!Array.isArray(value)) return { problem: 'must be a list of sources' };
    return readCell(spec, JSON.stringify(value));
  }
  if (kind === 'number' || kind === 'integer') {
    if (typeof value !== 'number') return { problem: `must be a number (got ${JSON.stringify(value)})` };
    if (kind === 'integer' && !Number.isInteger(value)) return { problem: `must be a whole number (got ${value})` };
    return { value };
  }
  if (kind === 'boolean') {
    return typeof value === 'boolean' ? { value } : { problem: `must be true or false (got ${JSON.stringify(value)})` };
  }
  if (typeof value !== 'string') return { problem: `must be a string (got ${JSON.stringify(value)})` };
  return kind === 'text' || kind === 'id' ? { value } : readCell(spec, value);
}

const LIST_KIND: ReadonlyArray<[string, RecordKind]> = [
  ['themes', 'theme'],
  ['actors', 'actor'],
  ['relations', 'relation'],
];

/**
 * Reads the API's own JSON shape (what export writes and importGraph takes): `{ themes, actors,
 * relations }`, sources nested in their actor or relation. Elements are named `actors[3]` etc.
 */
export function readJsonFile(document: ImportDocument, name: string, bytes: Uint8Array): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    document.problem({ file: name, row: null, element: null }, null, null, `is not JSON: ${(error as Error).message}`);
    return;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    document.problem(
      { file: name, row: null, element: null },
      null,
      null,
      'must be a JSON object with actors and relations lists',
    );
    return;
  }
  const root = parsed as Record<string, unknown>;
  for (const [list, kind] of LIST_KIND) {
    const items = root[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      document.problem({ file: name, row: null, element: list }, list, null, 'must be a list');
      continue;
    }
    const specs = fieldsOf(kind);
    items.forEach((item, index) => {
      const element = `${list}[${index}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        document.problem({ file: name, row: null, element }, null, null, 'must be an object');
        return;
      }
      const record = item as Record<string, unknown>;
      const columns: Record<string, string> = {};
      const values: Array<[FieldSpec, CellReading]> = [];
      for (const spec of specs) {
        columns[spec.field] = spec.column;
        if (spec.field in record) values.push([spec, readJsonValue(spec, record[spec.field])]);
      }
      const unknown = Object.keys(record).filter((key) => !specs.some((spec) => spec.field === key));
      if (unknown.length > 0) document.ignoredColumns.push({ file: `${name} ${element}`, columns: unknown });
      document.addRecord(kind, { file: name, row: null, element, columns }, values);
    });
  }
}
