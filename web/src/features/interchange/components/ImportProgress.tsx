import type { ImportRun } from '../hooks/use-import-run';

const PHASES: Readonly<Record<string, string>> = {
  READING: 'Reading the files',
  VALIDATING: 'Checking the rows',
  WRITING: 'Writing the records',
  FINISHED: 'Finishing',
};

/** The progress of a run as a bar (the job's done of total in its phase), announced politely. */
export function ImportProgress({ run, label }: { run: ImportRun; label: string }) {
  if (run.status !== 'uploading' && run.status !== 'running') return null;
  const job = run.status === 'running' ? run.job : null;
  const phase =
    run.status === 'uploading' ? 'Uploading the files' : job ? (PHASES[job.phase] ?? job.phase) : 'Starting';
  const counted = job && job.total > 0;
  return (
    <div className="import-progress" data-testid="import-progress">
      <label>
        {label}: {phase}
        {counted && ` (${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')})`}
        <progress max={counted ? job.total : undefined} value={counted ? job.done : undefined} />
      </label>
      <p className="visually-hidden" role="status">
        {phase}
      </p>
    </div>
  );
}
