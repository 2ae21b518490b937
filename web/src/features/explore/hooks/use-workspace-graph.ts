import { useState } from 'react';
import type { MapActor, MapRelation } from '../../../lib/domain';
import { useAsync, type AsyncState } from '../../../lib/use-async';
import { getActorsPage, type Page } from '../api/get-actors-page';
import { getRelationsPage } from '../api/get-relations-page';

export interface WorkspaceGraph {
  workspace: string;
  actors: MapActor[];
  relations: MapRelation[];
}

async function allPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  onProgress: (loaded: number, total: number) => void,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage(after);
    items.push(...page.items);
    onProgress(items.length, page.totalCount);
    if (!page.hasNextPage || !page.endCursor) return items;
    after = page.endCursor;
  }
}

/** All of a workspace's actors and relations, paged through 500 at a time, with progress. */
export function useWorkspaceGraph(workspace: string): {
  state: AsyncState<WorkspaceGraph>;
  progress: string;
  reload: () => void;
} {
  const [progress, setProgress] = useState('');
  const [state, reload] = useAsync(workspace, async (signal) => {
    const actors = await allPages(
      (after) => getActorsPage(workspace, after, signal),
      (loaded, total) => setProgress(`Loading actors ${loaded} / ${total}`),
    );
    const relations = await allPages(
      (after) => getRelationsPage(workspace, after, signal),
      (loaded, total) => setProgress(`Loading relations ${loaded} / ${total}`),
    );
    return { workspace, actors, relations };
  });
  return { state, progress, reload };
}
