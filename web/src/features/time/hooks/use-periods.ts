import { useAsync } from '../../../lib/use-async';
import { getPeriods, type PeriodAnswer } from '../api/get-periods';

const NONE: readonly PeriodAnswer[] = [];

/** The named periods of a workspace; none while they load or if they cannot be read (the bar works without). */
export function usePeriods(workspace: string, enabled: boolean): readonly PeriodAnswer[] {
  const [state] = useAsync(enabled ? workspace : null, (signal) => getPeriods(workspace, signal));
  return state.status === 'ready' ? state.data : NONE;
}
