import { rmSync } from 'node:fs';

export default async function neo4jGlobalTeardown(): Promise<void> {
  const local = globalThis.__tiermapNeo4j;
  if (!local) return;
  globalThis.__tiermapNeo4j = undefined;
  await local.db.stop();
  rmSync(local.dataDir, { recursive: true, force: true });
}
