import { useState } from 'react';
import { downloadFile } from '../api/download-file';
import type { ImportJob } from '../api/get-import-job';
import type { ProblemGroup } from '../problem-rows';
import { OutcomeCounts } from './OutcomeCounts';
import { ProblemTable } from './ProblemTable';

export interface CheckResultProps {
  job: ImportJob;
  groups: readonly ProblemGroup[];
  busy: boolean;
  onImport: (validRowsOnly: boolean) => void;
}

/**
 * What a dry run found: the counts, the problems (a table per file, downloadable as problems.csv) and
 * the ways on: import everything when nothing is wrong, else fix the files or import the valid rows only.
 */
export function CheckResult({ job, groups, busy, onImport }: CheckResultProps) {
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const report = job.report!;
  const problems = report.problemCount;
  const valid =
    report.actors.createdCount +
    report.actors.updatedCount +
    report.actors.unchangedCount +
    report.relations.createdCount +
    report.relations.updatedCount +
    report.relations.unchangedCount;
  return (
    <section className="import-section" aria-labelledby="check-result-title" data-testid="check-result">
      <h3 id="check-result-title" tabIndex={-1}>
        {problems === 0 ? 'Checked: no problems' : `Checked: ${problems.toLocaleString('en')} problems`}
      </h3>
      <OutcomeCounts
        report={report}
        caption={problems === 0 ? 'What the import would do' : 'What importing the valid rows only would do'}
      />
      {problems > 0 && (
        <>
          <p>
            Nothing is written while a file has problems. Fix them in your files and choose the corrected files above,
            or import only the rows without problems.
          </p>
          <ProblemTable groups={groups} total={problems} />
          <p>
            <button
              type="button"
              onClick={() =>
                downloadFile(`/import/jobs/${encodeURIComponent(job.id)}/problems.csv`, 'import-problems.csv').then(
                  () => setDownloadError(null),
                  (error: Error) => setDownloadError(`The problems could not be downloaded: ${error.message}`),
                )
              }
              data-testid="download-problems"
            >
              Download the problems (CSV)
            </button>
          </p>
          {downloadError && (
            <p className="notice notice--error" role="alert">
              {downloadError}
            </p>
          )}
        </>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || problems > 0 || valid === 0}
          aria-describedby={problems > 0 ? 'import-all-reason' : undefined}
          onClick={() => onImport(false)}
          data-testid="import-all"
        >
          Import
        </button>
        {problems > 0 && (
          <>
            <button
              type="button"
              disabled={busy || valid === 0}
              onClick={() => onImport(true)}
              data-testid="import-valid"
            >
              Import the valid rows only
            </button>
            <span id="import-all-reason" className="hint">
              Import is off while there are problems.
            </span>
          </>
        )}
      </div>
    </section>
  );
}
