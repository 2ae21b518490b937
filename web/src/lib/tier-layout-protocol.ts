import type { LayoutActor, LayoutRelation, TierLayout } from './tier-layout';

/** What the page sends the layout worker: the data the layout reads, and whether every page is in. */
export interface LayoutRequest {
  id: number;
  workspace: string;
  /** Where the layout is stored: the workspace for one viewer class (lib/idb-store's cacheId). */
  cacheId: string;
  complete: boolean;
  actors: LayoutActor[];
  relations: LayoutRelation[];
}

/** The worker's answer: where the layout came from (IndexedDB, computed on all data, or on a part). */
export type LayoutReply =
  | { id: number; layout: TierLayout; source: 'stored' | 'computed' | 'partial'; key?: string; error?: undefined }
  | { id: number; error: string; layout?: undefined };
