import { useEffect, useMemo, useRef, useState } from 'react';
import { useAsync } from '../../../lib/use-async';
import { getImportFields } from '../api/get-import-fields';
import { choiceKey, mappingInput, tableChoices, withOverrides } from '../column-mapping';
import { readCsvPreview, type CsvPreview } from '../csv-preview';
import { chosenFormat, guessKind } from '../import-files';
import { problemGroups } from '../problem-rows';
import { useImportRun } from '../hooks/use-import-run';
import { CheckResult } from './CheckResult';
import { FilesStep, type ChosenFile } from './FilesStep';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { MappingStep } from './MappingStep';
import '../interchange.css';

export interface ImportPageProps {
  workspace: string;
  title: string;
  /** Whether the viewer may import here; null while that is being asked. */
  canEdit: boolean | null;
  mapHref: string;
  onBackToMap: () => void;
}

/** Files larger than this are not read in the browser (no column preview or problem values for them). */
const PREVIEW_LIMIT = 20 * 1024 * 1024;

/**
 * The import page: choose files, map their columns to our fields, check them (a dry run: counts and
 * the problems per row), then import everything or the valid rows only while a bar shows the progress,
 * and see what was written.
 */
export function ImportPage({ workspace, title, canEdit, mapHref, onBackToMap }: ImportPageProps) {
  const [fieldsState] = useAsync('fields', getImportFields);
  const fields = useMemo(() => (fieldsState.status === 'ready' ? fieldsState.data : []), [fieldsState]);
  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  const [previews, setPreviews] = useState<ReadonlyMap<string, CsvPreview>>(new Map());
  // Columns of a graph or workbook file that named no field, as the check reported them.
  const [graphColumns, setGraphColumns] = useState<Array<{ file: string; column: string }>>([]);
  // What the user chose for a column (file + column → target), over the pre-filled choice.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [addThemes, setAddThemes] = useState(false);
  const [check, runCheck, resetCheck] = useImportRun(workspace);
  const [write, runWrite, resetWrite] = useImportRun(workspace);
  const format = chosenFormat(chosen.map(({ file }) => file.name));
  const resultRef = useRef<HTMLDivElement>(null);
  const choices = useMemo(
    () =>
      withOverrides(
        [
          ...chosen.flatMap(({ file, kind }) =>
            kind ? tableChoices(file.name, kind, previews.get(file.name)?.headers ?? [], fields) : [],
          ),
          ...graphColumns.map(({ file, column }) => ({ file, record: null, column, target: null })),
        ],
        overrides,
      ),
    [chosen, previews, fields, graphColumns, overrides],
  );

  const onFiles = async (files: File[]) => {
    resetCheck();
    resetWrite();
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
    setGraphColumns([]);
    setOverrides(new Map());
  };
  const onKind = (index: number, kind: ChosenFile['kind']) => {
    setChosen(chosen.map((entry, at) => (at === index ? { ...entry, kind } : entry)));
    resetCheck();
  };
  const run = (dryRun: boolean, validRowsOnly = false) =>
    'format' in format
      ? (dryRun ? runCheck : runWrite)({
          files: chosen.map(({ file, kind }) => ({ file, kind })),
          input: {
            format: format.format,
            dryRun,
            // A check counts what the rows without problems would do, so that the choice to import only
            // them is an informed one (with problems, a plain import writes nothing).
            validRowsOnly: dryRun || validRowsOnly,
            addUnknownThemes: addThemes,
            mapping: mappingInput(choices),
          },
        })
      : null;

  // Columns of a graph or workbook file that named no field come back from the check: offer to map them.
  const ignored = check.status === 'done' ? check.job.report?.ignoredColumns : undefined;
  useEffect(() => {
    if (!ignored) return;
    setGraphColumns((current) => {
      const known = new Set([...current, ...choices].map((choice) => choiceKey(choice)));
      const added = ignored.flatMap(({ file, columns }) =>
        columns.map((column) => ({ file, column })).filter((choice) => !known.has(choiceKey(choice))),
      );
      return added.length ? [...current, ...added] : current;
    });
  }, [ignored]); // choices are read when a check ends, not watched
  useEffect(() => {
    if (check.status === 'done' || write.status === 'done') resultRef.current?.querySelector('h3')?.focus();
  }, [check.status, write.status]);

  if (!canEdit)
    return (
      <main className="import-page" data-testid="import-page">
        <h2>Import into {title}</h2>
        {canEdit === null ? (
          <p role="status">Checking your rights in this workspace…</p>
        ) : (
          <p className="notice notice--warn" role="alert">
            Only the workspace’s owners and editors may import. Ask an owner to make you an editor.
          </p>
        )}
      </main>
    );
  const groups =
    check.status === 'done'
      ? problemGroups(
          check.job.report?.problems ?? [],
          previews,
          chosen.map((c) => c.file.name),
        )
      : [];
  const busy =
    check.status === 'uploading' ||
    check.status === 'running' ||
    write.status === 'uploading' ||
    write.status === 'running';
  return (
    <main className="import-page" data-testid="import-page">
      <h2>Import into {title}</h2>
      <section className="import-section" aria-labelledby="import-files-title">
        <h3 id="import-files-title">1. Files</h3>
        <FilesStep
          files={chosen}
          fields={fields}
          problem={chosen.length > 0 && 'problem' in format ? format.problem : null}
          onFiles={(files) => void onFiles(files)}
          onKind={onKind}
        />
        {fieldsState.status === 'error' && (
          <p className="notice notice--error" role="alert">
            Our fields could not be loaded: {fieldsState.error.message}
          </p>
        )}
      </section>
      {choices.length > 0 && (
        <section className="import-section" aria-labelledby="import-columns-title">
          <h3 id="import-columns-title">2. Columns</h3>
          <MappingStep
            choices={choices}
            fields={fields}
            onChoose={(choice, target) => {
              setOverrides(new Map(overrides).set(choiceKey(choice), target));
              resetCheck();
            }}
          />
        </section>
      )}
      <section className="import-section" aria-labelledby="import-check-title">
        <h3 id="import-check-title">{choices.length > 0 ? '3.' : '2.'} Check</h3>
        <label className="checkbox">
          <input type="checkbox" checked={addThemes} onChange={(event) => setAddThemes(event.target.checked)} /> Add the
          themes the files use that this workspace lacks
        </label>
        <button
          type="button"
          disabled={busy || !('format' in format)}
          onClick={() => void run(true)}
          data-testid="import-check"
        >
          Check the files (nothing is written)
        </button>
        <ImportProgress run={check} label="Checking" />
        {check.status === 'error' && (
          <p className="notice notice--error" role="alert" data-testid="import-error">
            The check failed: {check.message}
          </p>
        )}
      </section>
      <div ref={resultRef}>
        {check.status === 'done' && check.job.status === 'FAILED' && (
          <p className="notice notice--error" role="alert">
            The check failed: {check.job.error?.message}
          </p>
        )}
        {check.status === 'done' && check.job.report && write.status === 'idle' && (
          <CheckResult
            job={check.job}
            groups={groups}
            busy={busy}
            onImport={(validOnly) => void run(false, validOnly)}
          />
        )}
        <ImportProgress run={write} label="Importing" />
        {write.status === 'error' && (
          <p className="notice notice--error" role="alert" data-testid="import-error">
            The import failed: {write.message}
          </p>
        )}
        {write.status === 'done' && write.job.status === 'FAILED' && (
          <p className="notice notice--error" role="alert" data-testid="import-error">
            The import failed: {write.job.error?.message}
          </p>
        )}
        {write.status === 'done' && write.job.report && (
          <ImportSummary job={write.job} mapHref={mapHref} onBackToMap={onBackToMap} />
        )}
      </div>
    </main>
  );
}
