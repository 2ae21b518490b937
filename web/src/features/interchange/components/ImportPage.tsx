import { useEffect, useMemo, useRef, useState } from 'react';
import { useAsync } from '../../../lib/use-async';
import { getImportFields } from '../api/get-import-fields';
import { mappingInput } from '../column-mapping';
import { chosenFormat } from '../import-files';
import { problemGroups } from '../problem-rows';
import { useChosenFiles } from '../hooks/use-chosen-files';
import { useImportRun } from '../hooks/use-import-run';
import { CheckResult } from './CheckResult';
import { FilesStep } from './FilesStep';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { MappingStep } from './MappingStep';
import { RunFailure } from './RunFailure';
import '../interchange.css';

export interface ImportPageProps {
  workspace: string;
  title: string;
  /** Whether the viewer may import here; null while that is being asked. */
  canEdit: boolean | null;
  mapHref: string;
  onBackToMap: () => void;
}

/**
 * The import page: choose files, map their columns to our fields, check them (a dry run: counts and
 * the problems per row), then import everything or the valid rows only while a bar shows the progress,
 * and see what was written.
 */
export function ImportPage({ workspace, title, canEdit, mapHref, onBackToMap }: ImportPageProps) {
  const [fieldsState] = useAsync('fields', getImportFields);
  const fields = useMemo(() => (fieldsState.status === 'ready' ? fieldsState.data : []), [fieldsState]);
  const files = useChosenFiles(fields);
  const { chosen, choices, addUnmapped } = files;
  const [addThemes, setAddThemes] = useState(false);
  const [check, runCheck, resetCheck] = useImportRun(workspace);
  const [write, runWrite, resetWrite] = useImportRun(workspace);
  const format = chosenFormat(chosen.map(({ file }) => file.name));
  const resultRef = useRef<HTMLDivElement>(null);
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
    if (ignored) addUnmapped(ignored);
  }, [ignored, addUnmapped]);
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
  const fileNames = chosen.map(({ file }) => file.name);
  const groups =
    check.status === 'done' ? problemGroups(check.job.report?.problems ?? [], files.previews, fileNames) : [];
  const busy = [check, write].some((one) => one.status === 'uploading' || one.status === 'running');
  return (
    <main className="import-page" data-testid="import-page">
      <h2>Import into {title}</h2>
      <section className="import-section" aria-labelledby="import-files-title">
        <h3 id="import-files-title">1. Files</h3>
        <FilesStep
          files={chosen}
          fields={fields}
          problem={chosen.length > 0 && 'problem' in format ? format.problem : null}
          onFiles={(next) => {
            resetCheck();
            resetWrite();
            void files.choose(next);
          }}
          onKind={(index, kind) => {
            files.setKind(index, kind);
            resetCheck();
          }}
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
              files.mapColumn(choice, target);
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
      </section>
      <div ref={resultRef}>
        <RunFailure run={check} what="The check" />
        {check.status === 'done' && check.job.report && write.status === 'idle' && (
          <CheckResult
            job={check.job}
            groups={groups}
            busy={busy}
            onImport={(validOnly) => void run(false, validOnly)}
          />
        )}
        <ImportProgress run={write} label="Importing" />
        <RunFailure run={write} what="The import" />
        {write.status === 'done' && write.job.report && (
          <ImportSummary job={write.job} mapHref={mapHref} onBackToMap={onBackToMap} />
        )}
      </div>
    </main>
  );
}
