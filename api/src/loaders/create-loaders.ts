import DataLoader from 'dataloader';
import { viewerIn, type Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { SourceRecord } from '../domain/source';
import { actorsByIds } from '../repositories/actor.repository';
import type { Fields } from '../db/queries/projection';
import {
  relationsByIds,
  relationsOfActors,
  type RelationFilter,
  type RelationWithEnds,
} from '../repositories/relation.repository';
import { sourcesOfSubjects } from '../repositories/source.repository';
import { workspaceCounts } from '../repositories/workspace.repository';
import { userNames } from '../repositories/account.repository';

export interface Loaders {
  /** By id, in any workspace: each record checked against the viewer's role in its workspace. */
  actor: DataLoader<string, ActorRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  /**
   * Evidence of actors or relations of workspace `workspaceId` (the subjects' own workspace: the
   * viewer's role there decides what it sees).
   */
  sources(workspaceId: string): DataLoader<string, SourceRecord[]>;
  /** Users' names by id (authors of changes); null for ids that are not users. */
  userName: DataLoader<string, string | null>;
  /** Live actors, and relations, the viewer may see, by workspace id. */
  workspaceActorCount: DataLoader<string, number>;
  workspaceRelationCount: DataLoader<string, number>;
  /**
   * One loader per distinct (direction, filter, properties read), each batching all actors asked
   * for with it; `shape` says which properties of the relations, and of their ends (attached to
   * each relation, or false), to read.
   */
  relationsOf(
    workspaceId: string,
    direction: 'OUT' | 'IN' | 'BOTH',
    filter: RelationFilter | null | undefined,
    shape?: { fields: Fields; endFields: Fields | false },
  ): DataLoader<string, RelationWithEnds[]>;
}

/** Per-request DataLoaders: every batch is one UNWIND query, so nested fields never cause N+1. */
export function createLoaders(db: Database, viewer: Viewer): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, RelationWithEnds[]>>();
  const sourceLoaders = new Map<string, DataLoader<string, SourceRecord[]>>();
  return {
    actor: new DataLoader((ids) => actorsByIds(db, viewer, ids), { maxBatchSize: 1000 }),
    relation: new DataLoader((ids) => relationsByIds(db, viewer, ids), { maxBatchSize: 1000 }),
    sources(workspaceId) {
      let loader = sourceLoaders.get(workspaceId);
      if (!loader) {
        const scoped = viewerIn(viewer, workspaceId);
        loader = new DataLoader((ids) => sourcesOfSubjects(db, scoped, ids), { maxBatchSize: 1000 });
        sourceLoaders.set(workspaceId, loader);
      }
      return loader;
    },
    userName: new DataLoader(async (ids) => {
      const names = new Map((await userNames(db, [...ids])).map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? null);
    }),
    workspaceActorCount: new DataLoader((ids) => workspaceCounts(db, viewer, 'actors', ids)),
    workspaceRelationCount: new DataLoader((ids) => workspaceCounts(db, viewer, 'relations', ids)),
    relationsOf(workspaceId, direction, filter, shape = { fields: null, endFields: false }) {
      const key = JSON.stringify([workspaceId, direction, filter ?? null, shape]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        const scoped = viewerIn(viewer, workspaceId);
        loader = new DataLoader((ids) => relationsOfActors(db, scoped, ids, direction, filter, shape), {
          maxBatchSize: 500,
        });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
