import { actorSearchProps, withThemeSearchProps } from '../domain/actor-search';
import type { Database } from './run-query';
import { ACTOR_SEARCH_REVISION } from './queries/actor.queries';
import {
  ACTOR_ALIAS_LANGUAGES_BACKFILL,
  ACTOR_SEARCH_BACKFILL,
  ACTOR_SEARCH_STALE,
  ALIAS_LANGUAGES_REVISION,
  SCHEMA_AWAIT_INDEXES,
  SCHEMA_MIGRATIONS,
  SCHEMA_STATE_DONE,
  SCHEMA_STATE_MARK_DONE,
  type SchemaStateId,
  THEME_SEARCH_BACKFILL,
  THEME_SEARCH_STALE,
} from './queries/schema.queries';

const BACKFILL_BATCH = 2000;

/**
 * Applies every schema migration. Schema statements cannot share a transaction with data writes,
 * so each runs in its own; all are idempotent, so running them at every start is safe. Then brings
 * the search helpers of actors written before the current ACTOR_SEARCH_REVISION and the alias
 * languages of actors written before aliases had them up to date (each once: a marker node records
 * that it ran to its end), and the search helpers of themes that have none.
 */
export async function applyMigrations(db: Database): Promise<number> {
  for (const migration of SCHEMA_MIGRATIONS) {
    await db.write(migration, {});
  }
  await backfillActorSearch(db);
  await backfillThemeSearch(db);
  await backfillAliasLanguages(db);
  await db.read(SCHEMA_AWAIT_INDEXES, {});
  return SCHEMA_MIGRATIONS.length;
}

/**
 * Writes search helpers (folded names, country names) to actors that lack them, a batch per
 * transaction, then marks the revision done. A write that moved an actor meanwhile wrote them
 * itself (actorProps), so a batch that updates nothing ends the loop.
 */
async function backfillActorSearch(db: Database): Promise<void> {
  if (await ranTo(db, 'actorSearch', ACTOR_SEARCH_REVISION)) return;
  for (;;) {
    const stale = await db.read(ACTOR_SEARCH_STALE, { revision: ACTOR_SEARCH_REVISION, batch: BACKFILL_BATCH });
    if (stale.length === 0) break;
    const rows = stale.map((actor) => ({
      id: actor.id,
      version: actor.version,
      props: {
        ...actorSearchProps({ name: actor.name, aliases: actor.aliases ?? [], country: actor.country }),
        searchRev: ACTOR_SEARCH_REVISION,
      },
    }));
    const [result] = await db.write(ACTOR_SEARCH_BACKFILL, { rows });
    if (!result || result.updated === 0) break;
  }
  await db.write(SCHEMA_STATE_MARK_DONE, { id: 'actorSearch', revision: ACTOR_SEARCH_REVISION });
}

/**
 * Gives actors written before aliases carried a language their untagged entries, a batch at a time,
 * then marks it done: every write since gives the languages itself, so later starts need not scan
 * every actor for the few (none) without them.
 */
async function backfillAliasLanguages(db: Database): Promise<void> {
  if (await ranTo(db, 'aliasLanguages', ALIAS_LANGUAGES_REVISION)) return;
  for (;;) {
    const [result] = await db.write(ACTOR_ALIAS_LANGUAGES_BACKFILL, { batch: BACKFILL_BATCH });
    if (!result || result.updated === 0) break;
  }
  await db.write(SCHEMA_STATE_MARK_DONE, { id: 'aliasLanguages', revision: ALIAS_LANGUAGES_REVISION });
}

/** Whether a backfill's marker says it ran to its end for `revision` or a later one. */
async function ranTo(db: Database, id: SchemaStateId, revision: number): Promise<boolean> {
  const [done] = await db.read(SCHEMA_STATE_DONE, { id });
  return (done?.revision ?? 0) >= revision;
}

/** Writes search helpers to themes that lack them (written before themes carried them). */
async function backfillThemeSearch(db: Database): Promise<void> {
  for (;;) {
    const stale = await db.read(THEME_SEARCH_STALE, { batch: BACKFILL_BATCH });
    if (stale.length === 0) break;
    const [result] = await db.write(THEME_SEARCH_BACKFILL, { rows: stale.map(withThemeSearchProps) });
    if (!result || result.updated === 0) break;
  }
}
