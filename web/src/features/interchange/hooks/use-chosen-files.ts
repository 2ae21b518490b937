import { useCallback, useMemo, useState } from 'react';
import { choiceKey, tableChoices, withOverrides, type ColumnChoice } from '../column-mapping';
import { readCsvPreview, type CsvPreview } from '../csv-preview';
import { guessKind } from '../import-files';
import type { ImportFieldSpec, RecordKind } from '../import-fields';

/** A chosen file and, for a CSV file, what its rows are. */
export interface ChosenFile {
  file: File;
  kind: RecordKind | null;
}

/** Files larger than this are not read in the browser (no column preview or problem values for them). */
const PREVIEW_LIMIT = 20 * 1024 * 1024;

/**
 * The chosen files, their previews (CSV files read here) and the column choices: pre-filled from the
 * headers and our fields (so they follow the field list when it arrives after the files), with the
 * user's own choices over them, and the columns of other files that a check reported unmapped.
 */
export function useChosenFiles(fields: readonly ImportFieldSpec[]) {
  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  const [previews, setPreviews] = useState<ReadonlyMap<string, CsvPreview>>(new Map());
  const [otherColumns, setOtherColumns] = useState<Array<{ file: string; column: string }>>([]);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, string | null>>(new Map());
  const choices = useMemo(
    () =>
      withOverrides(
        [
          ...chosen.flatMap(({ file, kind }) =>
            kind ? tableChoices(file.name, kind, previews.get(file.name)?.headers ?? [], fields) : [],
          ),
          ...otherColumns.map(({ file, column }) => ({ file, record: null, column, target: null })),
        ],
        overrides,
      ),
    [chosen, previews, fields, otherColumns, overrides],
  );
  const choose = async (files: File[]) => {
    const read = new Map<string, CsvPreview>();
    for (const file of files)
      if (/\.(csv|tsv|txt)$/i.test(file.name) && file.size <= PREVIEW_LIMIT)
        read.set(file.name, readCsvPreview(await file.text()));
    setPreviews(read);
    setChosen(
      files.map((file) => ({
        file,
        kind: read.has(file.name) ? guessKind(file.name, read.get(file.name)!.headers) : null,
      })),
    );
    setOtherColumns([]);
    setOverrides(new Map());
  };
  const setKind = (index: number, kind: RecordKind) =>
    setChosen(chosen.map((entry, at) => (at === index ? { ...entry, kind } : entry)));
  const mapColumn = (choice: ColumnChoice, target: string | null) =>
    setOverrides(new Map(overrides).set(choiceKey(choice), target));
  /** Adds the columns a check left out of files not read here (graph, JSON, workbook files). */
  const addUnmapped = useCallback(
    (ignored: ReadonlyArray<{ file: string; columns: readonly string[] }>) => {
      const read = new Set(chosen.filter(({ kind }) => kind !== null).map(({ file }) => file.name));
      setOtherColumns((current) => {
        const known = new Set(current.map(choiceKey));
        const added = ignored
          .filter(({ file }) => !read.has(file))
          .flatMap(({ file, columns }) => columns.map((column) => ({ file, column })))
          .filter((column) => !known.has(choiceKey(column)));
        return added.length ? [...current, ...added] : current;
      });
    },
    [chosen],
  );
  return { chosen, previews, choices, choose, setKind, mapColumn, addUnmapped };
}
