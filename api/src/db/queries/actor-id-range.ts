/**
 * The start of a read of a workspace's actors whose ids fall in `$from` ≤ id < `$to`: a seek of the
 * (workspaceId, id) index over that range alone, rather than over every actor of the workspace with
 * the range as a filter (which each of a map's parts would otherwise pay in full). An unbounded range
 * (no `$to`, the last part) needs its own text, since `$to IS NULL OR s.id < $to` is no range.
 */
export function actorIdRangeMatch(bounded: boolean): string {
  return `MATCH (s:Actor) USING INDEX SEEK s:Actor(workspaceId, id)
   WHERE s.workspaceId = $ws AND s.id >= $from${bounded ? ' AND s.id < $to' : ''}`;
}

/** Of two queries, the one for this range: bounded above or not. */
export function forRange<Q>(range: { to: string | null }, queries: { bounded: Q; unbounded: Q }): Q {
  return range.to === null ? queries.unbounded : queries.bounded;
}
