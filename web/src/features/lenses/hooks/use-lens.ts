import type { AsOfMonth } from '../../../lib/as-of-month';
import { useEffect, useMemo } from 'react';
import type { MapActor, Theme } from '../../../lib/domain';
import type { LensDecoration } from '../../../lib/lens-decoration';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import type { Filters, Lens } from '../../../lib/view-state';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import type { AnalysisOptions } from '../../../lib/analysis-options';
import { getBrokers } from '../api/get-brokers';
import { getFunding } from '../api/get-funding';
import { getGaps } from '../api/get-gaps';
import { getSilos } from '../api/get-silos';
import type { BrokersAnswer, FundingAnswer, GapsAnswer, LinkAnswer, SilosAnswer } from '../lens-answers';
import { brokersDecoration } from '../decorations/brokers-decoration';
import { ecosystemDecoration } from '../decorations/ecosystem-decoration';
import { fundingDecoration } from '../decorations/funding-decoration';
import { gapsDecoration } from '../decorations/gaps-decoration';
import { silosDecoration } from '../decorations/silos-decoration';
import { lensWords, type LensWords } from '../lists/lens-words';
import { linkRows, suggestionId } from '../lists/link-rows';
import { useSuggestedLinks } from './use-suggested-links';

export interface LensInput {
  lens: Lens;
  workspace: string;
  asOf: AsOfMonth | null;
  filters: Filters;
  analysis: AnalysisOptions;
  gapTheme: string;
  actors: readonly MapActor[];
  themes: readonly Theme[];
  /** Whether the lens's list is shown (the map page, map view): the Ecosystem lens then loads its suggested links. */
  listed: boolean;
  /** The row chosen in the lens's list: on the Ecosystem lens, a suggested link drawn on the map. */
  chosenRow: string | null;
}

/** The analytics answer behind a lens: the map's decoration and the lens's list are both made from it. */
export type LensAnswer =
  | { lens: 'silos'; silos: SilosAnswer }
  | { lens: 'gaps'; gaps: GapsAnswer }
  | { lens: 'brokers'; brokers: BrokersAnswer }
  | { lens: 'funding'; funding: FundingAnswer };

export interface LensResult {
  /** The decoration, once the answer is in (the Ecosystem lens's at once). */
  state: AsyncState<LensDecoration>;
  /** The answer the decoration was made from; null for the Ecosystem lens and until it comes. */
  answer: LensAnswer | null;
  /** Names, labels and countries the lens's words use (also those of the hover cards). */
  words: LensWords;
  reload: () => void;
  /** The workspace-wide suggested links (listed on the Ecosystem lens). */
  suggestions: AsyncState<readonly LinkAnswer[]>;
  reloadSuggestions: () => void;
}

/** How long to wait before asking again for brokers whose exact values are still being summed. */
const EXACT_PENDING_RETRY_MS = 3000;

function decorate(answer: LensAnswer, words: LensWords): LensDecoration {
  switch (answer.lens) {
    case 'silos':
      return silosDecoration(answer.silos);
    case 'gaps':
      return gapsDecoration(answer.gaps, words);
    case 'brokers':
      return brokersDecoration(answer.brokers);
    case 'funding':
      return fundingDecoration(answer.funding);
  }
}

/**
 * The active lens's analytics answer (one API call per lens) and its map decoration. The decoration is
 * made from the answer and the map's actors and themes as they are now, so names and colours are right
 * even when the answer comes before the map (a shared link to a lens).
 */
export function useLens(input: LensInput): LensResult {
  const { lens, workspace, asOf, filters, analysis, gapTheme } = input;
  const scope: AnalyticsScope = { workspace, asOf, filters, analysis };
  const words = useMemo(() => lensWords(input.actors, input.themes), [input.actors, input.themes]);
  const key =
    lens === 'ecosystem'
      ? null
      : JSON.stringify([lens, workspace, asOf, filters, analysis, lens === 'gaps' ? gapTheme : '']);
  const [loaded, reload] = useAsync<LensAnswer | null>(key, async (signal) => {
    switch (lens) {
      case 'silos':
        return { lens, silos: await getSilos(scope, signal) };
      case 'gaps':
        return { lens, gaps: await getGaps(scope, gapTheme, signal) };
      case 'brokers':
        return { lens, brokers: await getBrokers(scope, signal) };
      case 'funding':
        return { lens, funding: await getFunding(scope, signal) };
      default:
        return null;
    }
  });
  // Right after a switch the previous lens's answer is still in: it is not this lens's.
  const [suggestions, reloadSuggestions] = useSuggestedLinks(scope, input.listed && lens === 'ecosystem');
  const chosen =
    lens === 'ecosystem' && suggestions.status === 'ready'
      ? suggestions.data.find((link) => suggestionId(link) === input.chosenRow)
      : undefined;
  const ecosystem = useMemo(() => ecosystemDecoration(chosen && linkRows([chosen], words)[0]), [chosen, words]);
  const answer = loaded.status === 'ready' && loaded.data?.lens === lens ? loaded.data : null;
  // Sampled brokers while the exact values are summed in the background: ask again until they are in.
  const pending = answer?.lens === 'brokers' && answer.brokers.exactPending;
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(reload, EXACT_PENDING_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [pending, answer, reload]);
  const decoration = useMemo(() => (answer ? decorate(answer, words) : null), [answer, words]);
  const state = useMemo<AsyncState<LensDecoration>>(() => {
    if (lens === 'ecosystem') return { status: 'ready', data: ecosystem };
    if (decoration) return { status: 'ready', data: decoration };
    return loaded.status === 'ready' ? { status: 'loading' } : loaded;
  }, [lens, ecosystem, decoration, loaded]);
  return { state, answer, words, reload, suggestions, reloadSuggestions };
}
