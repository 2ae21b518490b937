import neo4jGlobalTeardown from './neo4j-global-teardown';

export default async function e2eGlobalTeardown(): Promise<void> {
  for (const service of globalThis.__tiermapE2e ?? []) await service.stop();
  globalThis.__tiermapE2e = undefined;
  await neo4jGlobalTeardown();
}
