import type { ImportRun } from '../hooks/use-import-run';

/** Why a run failed (the request, or the job on the server), announced; nothing when it did not. */
export function RunFailure({ run, what }: { run: ImportRun; what: string }) {
  const message =
    run.status === 'error'
      ? run.message
      : run.status === 'done' && run.job.status === 'FAILED'
        ? run.job.error?.message
        : null;
  if (message === null || message === undefined) return null;
  return (
    <p className="notice notice--error" role="alert" data-testid="import-error">
      {what} failed: {message}
    </p>
  );
}
