import { useCallback, useEffect, useState } from 'react';
import type { Expansion } from '../../../lib/map-elements';
import { getNeighbourhood } from '../api/get-neighbourhood';

const EXPANSION_LIMIT = 40;

/** The stack of expanded neighbourhoods of a workspace, with undo; cleared when the workspace changes. */
export function useExpansions(workspace: string) {
  const [expansions, setExpansions] = useState<Expansion[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setExpansions([]), [workspace]);

  const expand = useCallback(async (actorId: string) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await getNeighbourhood(actorId, EXPANSION_LIMIT);
      setExpansions((previous) => [
        ...previous,
        {
          centerId: answer.centerId,
          actors: answer.nodes.map((node) => node.actor),
          relations: answer.edges,
          hiddenNeighbours: new Map(
            answer.nodes
              .filter((node) => node.hiddenNeighbours > 0)
              .map((node) => [node.actorId, node.hiddenNeighbours]),
          ),
        },
      ]);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);
  const undo = useCallback(() => setExpansions((previous) => previous.slice(0, -1)), []);
  return { expansions, expand, undo, busy, error };
}
