import { actorSearchProps, withThemeSearchProps } from '../domain/actor-search';
import type { Database } from './run-query';
import { ACTOR_SEARCH_REVISION } from './queries/actor.queries';
import {
  ACTOR_ALIAS_LANGUAGES_BACKFILL,
  ACTOR_SEARCH_BACKFILL,
  ACTOR_SEARCH_DONE,
  ACTOR_SEARCH_MARK_DONE,
  ACTOR_SEARCH_STALE,
  SCHEMA_AWAIT_INDEXES,
  SCHEMA_MIGRATIONS,
  THEME_SEARCH_BACKFILL,
  THEME_SEARCH_STALE,
} from './queries/schema.queries';

const BACKFILL_BATCH = 2000;

/**
 * Applies every schema migration. Schema statements cannot share a transaction with data writes,
 * so each runs in its own; all are idempotent, so running them at every start is safe. Then brings
 * the search helpers of actors written before the current ACTOR_SEARCH_REVISION up to date (once:
 * a marker node records that it ran to its end), and those of themes that have none.
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
  const [done] = await db.read(ACTOR_SEARCH_DONE, {});
  if ((done?.revision ?? 0) >= ACTOR_SEARCH_REVISION) return;
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
  await db.write(ACTOR_SEARCH_MARK_DONE, { revision: ACTOR_SEARCH_REVISION });
}

/** Gives actors written before aliases carried a language their untagged entries, a batch at a time. */
async function backfillAliasLanguages(db: Database): Promise<void> {
  for (;;) {
    const [result] = await db.write(ACTOR_ALIAS_LANGUAGES_BACKFILL, { batch: BACKFILL_BATCH });
    if (!result || result.updated === 0) break;
  }
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
