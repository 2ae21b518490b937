import { useCallback, useEffect, useRef, useState } from 'react';
import type { StartImportInput } from '../../../gql/graphql';
import { getImportJob, type ImportJob } from '../api/get-import-job';
import { startImport } from '../api/start-import';
import { uploadFile } from '../api/upload-file';

/** How often a running job is asked for its progress. */
const POLL_MS = 300;

/** Where one run (a dry run or an import) stands. */
export type ImportRun =
  | { status: 'idle' }
  | { status: 'uploading' }
  | { status: 'running'; job: ImportJob | null }
  | { status: 'done'; job: ImportJob }
  | { status: 'error'; message: string };

/** The files of a run and how each is read. */
export interface RunFiles {
  files: ReadonlyArray<{ file: File; kind: StartImportInput['files'][number]['kind'] }>;
  input: Omit<StartImportInput, 'files'>;
}

/**
 * Runs imports of chosen files in a workspace: uploads each file once (an upload is kept by the API
 * for its owner, so the import after a dry run sends nothing again), starts the job and polls it until
 * it is DONE or FAILED. A new run, or leaving the page, stops the polling of the one before.
 */
export function useImportRun(workspace: string): [ImportRun, (run: RunFiles) => Promise<ImportRun>, () => void] {
  const [state, setState] = useState<ImportRun>({ status: 'idle' });
  const uploads = useRef(new WeakMap<File, string>());
  const generation = useRef(0);
  useEffect(() => () => void (generation.current += 1), []);
  const run = useCallback(
    async ({ files, input }: RunFiles): Promise<ImportRun> => {
      const mine = (generation.current += 1);
      const set = (next: ImportRun) => {
        if (generation.current === mine) setState(next);
        return next;
      };
      try {
        set({ status: 'uploading' });
        const ids = [];
        for (const { file, kind } of files) {
          let id = uploads.current.get(file);
          if (!id) {
            id = (await uploadFile(file)).uploadId;
            uploads.current.set(file, id);
          }
          ids.push({ uploadId: id, kind });
        }
        const jobId = await startImport(workspace, { ...input, files: ids });
        set({ status: 'running', job: null });
        for (;;) {
          const job = await getImportJob(jobId);
          if (generation.current !== mine) return { status: 'idle' };
          if (job.status !== 'RUNNING') return set({ status: 'done', job });
          set({ status: 'running', job });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch (error) {
        return set({ status: 'error', message: (error as Error).message });
      }
    },
    [workspace],
  );
  const reset = useCallback(() => {
    generation.current += 1;
    setState({ status: 'idle' });
  }, []);
  return [state, run, reset];
}
