import type { Database } from './run-query';
import { SCHEMA_AWAIT_INDEXES, SCHEMA_MIGRATIONS } from './queries/schema.queries';

/**
 * Applies every schema migration. Schema statements cannot share a transaction with data writes,
 * so each runs in its own; all are idempotent, so running them at every start is safe.
 */
export async function applyMigrations(db: Database): Promise<number> {
  for (const migration of SCHEMA_MIGRATIONS) {
    await db.write(migration, {});
  }
  await db.read(SCHEMA_AWAIT_INDEXES, {});
  return SCHEMA_MIGRATIONS.length;
}
