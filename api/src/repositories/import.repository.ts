import { ConflictError } from '../errors';
import {
  ACTOR_EXTERNAL_IDS,
  ACTORS_BY_EXTERNAL_IDS,
  ACTORS_CREATE_MANY,
  ACTORS_UPDATE_MANY,
  RELATION_EXTERNAL_IDS,
  RELATIONS_BY_EXTERNAL_IDS,
  RELATIONS_CREATE_MANY,
  RELATIONS_UPDATE_MANY,
  SOURCES_MERGE_MANY,
  type ExistingRelationRow,
} from '../db/queries/import.queries';
import { WORKSPACE_UPSERT_THEMES } from '../db/queries/workspace.queries';
import { withThemeSearchProps } from '../domain/actor-search';
import type { Database, Tx } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { ThemeDefinition } from '../domain/vocabulary';
import { actorProps, toActorRecord } from './actor.repository';
import { relationProps } from './relation-record';

/**
 * The batch statements of imports: many records per statement (see services/import.service.ts).
 * Every record written lists the batch's change (`changeId`) in its importChanges (ADR 0026).
 */
export interface BatchWrites<R> {
  insertMany(tx: Tx, records: R[], changeId: string): Promise<void>;
  /** Writes each patch over a record still at its version; answers how many were written. */
  updateMany(tx: Tx, rows: Array<{ id: string; version: number; record: R }>, changeId: string): Promise<number>;
}

export const ACTOR_BATCH: BatchWrites<ActorRecord> = {
  insertMany: async (tx, records, changeId) =>
    void (await tx.run(ACTORS_CREATE_MANY, {
      rows: records.map((record) => withoutNulls({ ...actorProps(record), importChanges: [changeId] })),
    })),
  updateMany: async (tx, rows, changeId) =>
    (
      await tx.run(ACTORS_UPDATE_MANY, {
        changeId,
        rows: rows.map(({ id, version, record }) => ({ id, version, patch: { ...actorProps(record), version } })),
      })
    )[0]?.updated ?? 0,
};

export const RELATION_BATCH: BatchWrites<RelationRecord> = {
  insertMany: async (tx, records, changeId) => {
    const [row] = await tx.run(RELATIONS_CREATE_MANY, {
      rows: records.map((record) => ({
        sourceId: record.sourceId,
        targetId: record.targetId,
        props: withoutNulls({ ...relationProps(record), importChanges: [changeId] }),
      })),
    });
    // An end deleted since the import read it (or while this batch waited for its lock).
    if (!row || row.created !== records.length || row.ended > 0)
      throw new ConflictError('An actor was deleted while importing; restore it and import again');
  },
  updateMany: async (tx, rows, changeId) =>
    (
      await tx.run(RELATIONS_UPDATE_MANY, {
        changeId,
        rows: rows.map(({ id, version, record }) => ({ id, version, patch: { ...relationProps(record), version } })),
      })
    )[0]?.updated ?? 0,
};

/**
 * The properties a new record stores: `SET n = row` stores no property for a null, so leaving the
 * nulls out stores the same record for less to send and for Neo4j to read (ADR 0034).
 */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== null && props[key] !== undefined) out[key] = props[key];
  return out;
}

/** The external ids a workspace's actors and relations already use (one scan each). */
export async function externalIdsOf(tx: Tx, ws: string): Promise<{ actors: Set<string>; relations: Set<string> }> {
  const actors = await tx.run(ACTOR_EXTERNAL_IDS, { ws });
  const relations = await tx.run(RELATION_EXTERNAL_IDS, { ws });
  return {
    actors: new Set(actors.map((row) => row.externalId)),
    relations: new Set(relations.map((row) => row.externalId)),
  };
}

/** A workspace's actors with these external ids (deleted ones included). */
export async function actorsByExternalIds(tx: Tx, ws: string, externalIds: string[]): Promise<ActorRecord[]> {
  return (await tx.run(ACTORS_BY_EXTERNAL_IDS, { ws, externalIds })).map((row) => toActorRecord(row.actor));
}

export function relationsByExternalIds(tx: Tx, ws: string, externalIds: string[]): Promise<ExistingRelationRow[]> {
  return tx.run(RELATIONS_BY_EXTERNAL_IDS, { ws, externalIds });
}

/** Adds sources not there yet (by their key); answers how many were added. */
export async function mergeSources(tx: Tx, ws: string, rows: Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [merged] = await tx.run(SOURCES_MERGE_MANY, { ws, rows });
  return merged?.created ?? 0;
}

export async function upsertThemes(db: Database, ws: string, themes: ThemeDefinition[]): Promise<void> {
  await db.write(WORKSPACE_UPSERT_THEMES, { ws, themes: themes.map(withThemeSearchProps) });
}
