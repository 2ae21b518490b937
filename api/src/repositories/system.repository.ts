import { DBMS_COMPONENTS } from '../db/queries/system.queries';
import type { Database } from '../db/run-query';

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
}

/** The database's own description of itself (`CALL dbms.components()`). */
export async function readDatabaseInfo(db: Database): Promise<DatabaseInfo> {
  const rows = await db.read(DBMS_COMPONENTS, {});
  const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
  if (!kernel) throw new Error('dbms.components() returned no rows');
  return { name: kernel.name, version: kernel.version, edition: kernel.edition };
}
