import { useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: T };

/**
 * Runs `load` whenever `key` changes (null: do nothing), aborting the previous run; `reload` runs it again.
 * The loader is read at the time the key changes, so it may close over the values the key is made of.
 */
export function useAsync<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key, generation]); // the key stands for the loader's inputs
  return [state, () => setGeneration((value) => value + 1)];
}

/**
 * The data of the last load that succeeded, kept while a reload runs, so that a view reloading after a
 * change does not blank out (and its children keep their state).
 */
export function useLastData<T>(state: AsyncState<T>): T | null {
  const last = useRef<T | null>(null);
  if (state.status === 'ready') last.current = state.data;
  return last.current;
}
