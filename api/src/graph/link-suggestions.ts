import type { GraphData } from './analytics-graph';
import type { CandidateBounds } from './link-candidates';
import { DEFAULT_CANDIDATE_BOUNDS, linkCandidates } from './link-candidates';
import { describeLink } from './link-reasons';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import { quickLinkScore } from './link-index';
import { LINK_SCORE_WEIGHTS } from './link-score-weights';
import { buildLinkScoringContext, hasSubstantiveReason, scoreLink } from './link-scoring';

export interface LinkSuggestion extends LinkScore {
  /** The score's components as readable sentences. */
  reasons: string[];
}

export interface LinkSuggestionOptions {
  /** Suggest links for this actor only; workspace-wide when absent. */
  actorId?: string | null;
  /** Number of suggestions returned; 20 unless given. */
  top?: number;
  /** Seed of the Louvain run behind the bridging component. */
  seed?: number;
  /** Workspace-wide candidate bounds (see `linkCandidates`). */
  bounds?: CandidateBounds;
}

export interface LinkSuggestionsResult {
  suggestions: LinkSuggestion[];
  /** Pairs scored: every unlinked actor for one actor, the bounded candidate set workspace-wide. */
  candidatePairs: number;
  weights: typeof LINK_SCORE_WEIGHTS;
}

/** Highest score first; equal scores in id order so results are stable. */
export function compareLinkScores(a: Readonly<LinkScore>, b: Readonly<LinkScore>): number {
  return (
    b.score - a.score ||
    (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0) ||
    (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0)
  );
}

/** Keeps the best `top` scores seen, sorted; cheaper than sorting every candidate. */
function keepBest(best: LinkScore[], candidate: LinkScore, top: number): void {
  if (top === 0) return;
  if (best.length === top && compareLinkScores(candidate, best[best.length - 1] as LinkScore) >= 0) return;
  let i = best.length;
  while (i > 0 && compareLinkScores(candidate, best[i - 1] as LinkScore) < 0) i--;
  best.splice(i, 0, candidate);
  if (best.length > top) best.pop();
}

/**
 * Missing-link suggestions (PRODUCT.md §4.8): unlinked pairs — no relation of any type between them —
 * ranked by the link score of `scoreLink` (Adamic & Adar 2003, theme Jaccard, geography, corridor,
 * tier complementarity, bridging of Louvain communities; weights in LINK_SCORE_WEIGHTS), each with its
 * reasons in words. For one actor every other unlinked actor is scored; workspace-wide only the
 * bounded candidate set of `linkCandidates`. Pairs whose only merit is bridging are left out.
 */
export function suggestedLinks(
  data: Readonly<GraphData>,
  options: Readonly<LinkSuggestionOptions> = {},
  context: LinkScoringContext = buildLinkScoringContext(data, { seed: options.seed ?? 1 }),
): LinkSuggestionsResult {
  const top = Math.max(0, options.top ?? 20);
  const actorId = options.actorId ?? null;
  const { ids, indexOf } = context.index;
  let pairs: Int32Array;
  if (actorId !== null) {
    const self = indexOf.get(actorId);
    if (self === undefined) return { suggestions: [], candidatePairs: 0, weights: LINK_SCORE_WEIGHTS };
    const linked = context.linked.get(actorId);
    const others = ids.map((_, j) => j).filter((j) => j !== self && !linked?.has(ids[j] as string));
    pairs = Int32Array.from(others.flatMap((j) => [self, j]));
  } else {
    pairs = linkCandidates(context.index, options.bounds ?? DEFAULT_CANDIDATE_BOUNDS);
  }

  // Quick scores first (integer-indexed, no allocation), then full scoring and reasons best-first,
  // stopping once no remaining pair can enter the list: only a few dozen pairs are explained.
  const count = pairs.length / 2;
  const quick = new Float64Array(count);
  const heap = new Int32Array(count);
  let size = 0;
  for (let c = 0; c < count; c++) {
    const value = quickLinkScore(context.index, pairs[2 * c] as number, pairs[2 * c + 1] as number);
    if (value === null) continue;
    quick[c] = value;
    heap[size++] = c;
  }
  // Best first: highest quick score, then candidate order. A heap rather than a full sort, because
  // scoring usually stops after the first few hundred of several hundred thousand candidates.
  const before = (x: number, y: number): boolean =>
    (quick[x] as number) > (quick[y] as number) || (quick[x] === quick[y] && x < y);
  const siftDown = (from: number): void => {
    const item = heap[from] as number;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && before(heap[child + 1] as number, heap[child] as number)) child++;
      if (!before(heap[child] as number, item)) break;
      heap[at] = heap[child] as number;
      at = child;
    }
    heap[at] = item;
  };
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at);
  const best: LinkScore[] = [];
  while (size > 0) {
    const c = heap[0] as number;
    heap[0] = heap[--size] as number;
    siftDown(0);
    // The margin absorbs summation-order rounding between the quick and the full score.
    if (best.length === top && (quick[c] as number) < (best[top - 1] as LinkScore).score - 1e-9) break;
    const score = scoreLink(context, ids[pairs[2 * c] as number] as string, ids[pairs[2 * c + 1] as number] as string);
    if (hasSubstantiveReason(score)) keepBest(best, score, top);
  }
  return {
    suggestions: best.map((score) => ({ ...score, reasons: describeLink(context, score) })),
    candidatePairs: pairs.length / 2,
    weights: LINK_SCORE_WEIGHTS,
  };
}
