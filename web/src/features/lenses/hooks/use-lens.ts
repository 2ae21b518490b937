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

/** What a decoration may read from the client besides the analysis: names and colours known by then. */
interface DecorationContext {
  themeLabel: string;
  sectorOf: (id: string) => MapActor['sector'] | undefined;
}

/**
 * The active lens's analytics answer (one API call per lens), turned into a map decoration. The
 * decoration is made again when the theme names or the actors arrive after the answer (a shared
 * link to a lens asks for it at once), so it never keeps a theme id or a missing sector colour.
 */
export function useLens(input: LensInput): { state: AsyncState<LensDecoration>; reload: () => void } {
  const { lens, workspace, asOf, filters, gapTheme } = input;
  const scope: AnalyticsScope = { workspace, asOf, filters };
  const sectors = useMemo(() => new Map(input.actors.map((actor) => [actor.id, actor.sector])), [input.actors]);
  const themeLabel = input.themes.find((theme) => theme.id === gapTheme)?.label ?? gapTheme;
  const key =
    lens === 'ecosystem' ? null : JSON.stringify([lens, workspace, asOf, filters, lens === 'gaps' ? gapTheme : '']);
  const [state, reload] = useAsync<(context: DecorationContext) => LensDecoration>(key, async (signal) => {
    const fixed = (decoration: LensDecoration) => () => decoration;
    switch (lens) {
      case 'silos':
        return fixed(silosDecoration(await getSilos(scope, signal)));
      case 'gaps': {
        const gaps = await getGaps(scope, gapTheme, signal);
        return (context) => gapsDecoration(gaps, context.themeLabel, context.sectorOf);
      }
      case 'brokers':
        return fixed(brokersDecoration(await getBrokers(scope, signal)));
      case 'funding':
        return fixed(fundingDecoration(await getFunding(scope, signal)));
      default:
        return fixed(ECOSYSTEM);
    }
  });
  const decorated = useMemo<AsyncState<LensDecoration>>(
    () =>
      state.status === 'ready'
        ? { status: 'ready', data: state.data({ themeLabel, sectorOf: (id) => sectors.get(id) }) }
        : state,
    [state, themeLabel, sectors],
  );
  if (lens === 'ecosystem') return { state: { status: 'ready', data: ECOSYSTEM }, reload };
  return { state: decorated, reload };
}
