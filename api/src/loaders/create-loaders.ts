import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { SourceRecord } from '../domain/source';
import { actorsByIds } from '../repositories/actor.repository';
import { relationsByIds, relationsOfActors, type RelationFilter } from '../repositories/relation.repository';
import { sourcesOfSubjects } from '../repositories/source.repository';

export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  sources: DataLoader<string, SourceRecord[]>;
  /** One loader per distinct (direction, filter), each batching all actors asked for with it. */
  relationsOf(
    direction: 'OUT' | 'IN' | 'BOTH',
    filter: RelationFilter | null | undefined,
  ): DataLoader<string, RelationRecord[]>;
}

/** Per-request DataLoaders: every batch is one UNWIND query, so nested fields never cause N+1. */
export function createLoaders(db: Database, viewer: Viewer): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, RelationRecord[]>>();
  return {
    actor: new DataLoader((ids) => actorsByIds(db, viewer, ids), { maxBatchSize: 1000 }),
    relation: new DataLoader((ids) => relationsByIds(db, viewer, ids), { maxBatchSize: 1000 }),
    sources: new DataLoader((ids) => sourcesOfSubjects(db, viewer, ids), { maxBatchSize: 1000 }),
    relationsOf(direction, filter) {
      const key = JSON.stringify([direction, filter ?? null]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => relationsOfActors(db, viewer, ids, direction, filter), { maxBatchSize: 500 });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
