import { afterFirstMapFrame } from '../../../lib/map-settled';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { getSuggestedLinks } from '../api/get-suggested-links';
import type { LinkAnswer } from '../lens-answers';

/**
 * The workspace-wide suggested links, loaded while `enabled` (the Ecosystem lens) and only after the
 * map's first frame, which they must not delay.
 */
export function useSuggestedLinks(
  scope: AnalyticsScope,
  enabled: boolean,
): [AsyncState<readonly LinkAnswer[]>, () => void] {
  return useAsync(enabled ? JSON.stringify(scope) : null, (signal) =>
    afterFirstMapFrame().then(() => getSuggestedLinks(scope, signal)),
  );
}
