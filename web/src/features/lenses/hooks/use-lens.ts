import { useMemo } from 'react';
import type { MapActor, Theme } from '../../../lib/domain';
import type { LensDecoration } from '../../../lib/lens-decoration';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import type { Filters, Lens } from '../../../lib/view-state';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { getBrokers } from '../api/get-brokers';
import { getFunding } from '../api/get-funding';
import { getGaps } from '../api/get-gaps';
import { getSilos } from '../api/get-silos';
import { brokersDecoration } from '../decorations/brokers-decoration';
import { ecosystemDecoration } from '../decorations/ecosystem-decoration';
import { fundingDecoration } from '../decorations/funding-decoration';
import { gapsDecoration } from '../decorations/gaps-decoration';
import { silosDecoration } from '../decorations/silos-decoration';

export interface LensInput {
  lens: Lens;
  workspace: string;
  asOf: number | null;
  filters: Filters;
  gapTheme: string;
  actors: readonly MapActor[];
  themes: readonly Theme[];
}

const ECOSYSTEM = ecosystemDecoration();

/** The active lens's analytics answer (one API call per lens), turned into a map decoration. */
export function useLens(input: LensInput): { state: AsyncState<LensDecoration>; reload: () => void } {
  const { lens, workspace, asOf, filters, gapTheme } = input;
  const scope: AnalyticsScope = { workspace, asOf, filters };
  const sectors = useMemo(() => new Map(input.actors.map((actor) => [actor.id, actor.sector])), [input.actors]);
  const themeLabel = input.themes.find((theme) => theme.id === gapTheme)?.label ?? gapTheme;
  const key =
    lens === 'ecosystem' ? null : JSON.stringify([lens, workspace, asOf, filters, lens === 'gaps' ? gapTheme : '']);
  const [state, reload] = useAsync<LensDecoration>(key, async (signal) => {
    switch (lens) {
      case 'silos':
        return silosDecoration(await getSilos(scope, signal));
      case 'gaps':
        return gapsDecoration(await getGaps(scope, gapTheme, signal), themeLabel, (id) => sectors.get(id));
      case 'brokers':
        return brokersDecoration(await getBrokers(scope, signal));
      case 'funding':
        return fundingDecoration(await getFunding(scope, signal));
      default:
        return ECOSYSTEM;
    }
  });
  if (lens === 'ecosystem') return { state: { status: 'ready', data: ECOSYSTEM }, reload };
  return { state, reload };
}
