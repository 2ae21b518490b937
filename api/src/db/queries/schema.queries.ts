import { defineQuery } from '../query';

/**
 * Schema migrations: constraints and indexes, each idempotent (IF NOT EXISTS), applied in order at
 * start-up. Community edition supports uniqueness constraints and range/text/full-text indexes only.
 */
export const SCHEMA_MIGRATIONS = [
  defineQuery(
    'schema.workspaceId',
    'CREATE CONSTRAINT workspace_id IF NOT EXISTS FOR (w:Workspace) REQUIRE w.id IS UNIQUE',
  ),
  defineQuery(
    'schema.workspaceSlug',
    'CREATE CONSTRAINT workspace_slug IF NOT EXISTS FOR (w:Workspace) REQUIRE w.slug IS UNIQUE',
  ),
] as const;

export const SCHEMA_AWAIT_INDEXES = defineQuery<Record<string, never>, never>(
  'schema.awaitIndexes',
  'CALL db.awaitIndexes(300)',
);

export interface SchemaObjectRow {
  name: string;
  type: string;
}

export const SCHEMA_LIST = defineQuery<Record<string, never>, SchemaObjectRow>(
  'schema.list',
  'SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name',
);
