import { fieldsOfKind, foldName, type ImportFieldSpec, type RecordKind } from './import-fields';

/** A column of a file and what it is read as: `RECORD:field`, or null to leave it out. */
export interface ColumnChoice {
  file: string;
  /** The kind of records the column belongs to; null when the file may hold several (GraphML, GEXF …). */
  record: RecordKind | null;
  column: string;
  target: string | null;
}

/** The value of a mapping choice: a field of a kind of record. */
export const targetOf = (spec: Pick<ImportFieldSpec, 'record' | 'field'>) => `${spec.record}:${spec.field}`;

/**
 * The field each header of a table of `record`s names, as the API would read it: the exact column name
 * first, then the same name in any case (or with spaces, `_` or `-`), then the other names the API
 * knows. A field named by two headers goes to the first; the rest are left out (null).
 */
export function autoMap(
  headers: readonly string[],
  fields: readonly ImportFieldSpec[],
  record: RecordKind,
): Array<string | null> {
  const specs = fieldsOfKind(fields, record);
  const taken = new Set<string>();
  const find = (header: string) =>
    specs.find((spec) => spec.column === header) ??
    specs.find((spec) => foldName(spec.column) === foldName(header) || foldName(spec.field) === foldName(header)) ??
    specs.find((spec) => spec.aliases.some((alias) => foldName(alias) === foldName(header)));
  return headers.map((header) => {
    const spec = find(header);
    if (!spec || taken.has(spec.field)) return null;
    taken.add(spec.field);
    return targetOf(spec);
  });
}

/** The choices for the headers of one table, pre-filled by autoMap. */
export function tableChoices(
  file: string,
  record: RecordKind,
  headers: readonly string[],
  fields: readonly ImportFieldSpec[],
): ColumnChoice[] {
  const targets = autoMap(headers, fields, record);
  return headers
    .map((column, index) => ({ file, record, column, target: targets[index] ?? null }))
    .filter((choice) => choice.column.trim() !== '');
}

/** The key of a column of a file, for the user's choices. */
export const choiceKey = (choice: Pick<ColumnChoice, 'file' | 'column'>) => `${choice.file}\u0000${choice.column}`;

/** The pre-filled choices with what the user chose instead (a target, or null: leave the column out). */
export function withOverrides(
  choices: readonly ColumnChoice[],
  overrides: ReadonlyMap<string, string | null>,
): ColumnChoice[] {
  return choices.map((choice) => {
    const key = choiceKey(choice);
    return overrides.has(key) ? { ...choice, target: overrides.get(key) ?? null } : choice;
  });
}

/** The mapping startImport takes: one entry per column and kind of record it may belong to. */
export function mappingInput(
  choices: readonly ColumnChoice[],
): Array<{ record: RecordKind; column: string; field: string | null }> {
  const entries = new Map<string, { record: RecordKind; column: string; field: string | null }>();
  for (const choice of choices) {
    const [record, field] = choice.target ? (choice.target.split(':') as [RecordKind, string]) : [null, null];
    // A column left out of a file of one kind is left out for that kind; of a graph file, for every kind.
    const kinds: RecordKind[] = record ? [record] : choice.record ? [choice.record] : ['ACTOR', 'RELATION'];
    for (const kind of kinds)
      entries.set(`${kind}\u0000${choice.column}`, { record: kind, column: choice.column, field });
  }
  return [...entries.values()];
}

/** Columns mapped twice to one field in the same file: the second would be left out, so the user is told. */
export function duplicateTargets(choices: readonly ColumnChoice[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const choice of choices) {
    if (!choice.target) continue;
    const key = `${choice.file}\u0000${choice.target}`;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}
