/** The kinds of records a file's rows may be (the API's ImportRecordKind). */
export const RECORD_KINDS = ['ACTOR', 'RELATION', 'SOURCE', 'THEME'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A field a file may fill, as the API's `importFields` lists it. */
export interface ImportFieldSpec {
  record: RecordKind;
  field: string;
  column: string;
  aliases: readonly string[];
  values: readonly string[];
}

/** A name folded the way the API compares headers: accents, case, spaces, `_` and `-` ignored. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The fields of one kind of record, in the API's order (the order of the columns it writes). */
export function fieldsOfKind(fields: readonly ImportFieldSpec[], record: RecordKind): ImportFieldSpec[] {
  return fields.filter((spec) => spec.record === record);
}

/** A template CSV for one kind of record: its header line, with a byte order mark for spreadsheets. */
export function templateCsv(fields: readonly ImportFieldSpec[], record: RecordKind): string {
  return `\uFEFF${fieldsOfKind(fields, record)
    .map((spec) => spec.column)
    .join(',')}\r\n`;
}
