import type { LinkAnswer } from '../lens-answers';
import type { LensWords } from './lens-words';
import { linkReasons } from './link-reasons';

/** A suggested link as a list row and a dashed edge: its pair, score and reasons in words. */
export interface LinkRow {
  /** The id of its dashed edge on the map, so that the edge and the row find each other. */
  id: string;
  sourceId: string;
  targetId: string;
  title: string;
  score: number;
  reasons: string[];
}

/** The map's id for the dashed edge of a suggested link. */
export const suggestionId = (link: Pick<LinkAnswer, 'sourceId' | 'targetId'>) =>
  `suggest-${link.sourceId}-${link.targetId}`;

/** Suggested links as rows, in the API's order (highest score first). */
export function linkRows(links: readonly LinkAnswer[], words: LensWords): LinkRow[] {
  return links.map((link) => ({
    id: suggestionId(link),
    sourceId: link.sourceId,
    targetId: link.targetId,
    title: `${words.actorName(link.sourceId)} — ${words.actorName(link.targetId)}`,
    score: link.score,
    reasons: linkReasons(link, words),
  }));
}
