/**
 * The peer of `npm run bench:api` as its own process: the Neo4j GraphQL Library (peer-schema.ts) behind
 * Apollo Server's standalone HTTP server on 127.0.0.1, over NEO4J_URI. Prints
 * `TIERMAP_PEER_READY <url>` once it listens (PORT, default 0: any free port).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import neo4j, { type Driver } from 'neo4j-driver';
import { createPeerSchema } from './peer-schema';

export interface PeerServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the peer on a loopback port over `driver` (which the caller closes). */
export async function startPeerServer(driver: Driver, port = 0): Promise<PeerServer> {
  const apollo = new ApolloServer({ schema: await createPeerSchema(driver) });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port } });
  return { url, stop: () => apollo.stop() };
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set');
  const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50, userAgent: 'tiermap-bench-peer' });
  await driver.verifyConnectivity();
  const server = await startPeerServer(driver, Number(process.env.PORT ?? 0));
  const stop = () => {
    void server
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Exit with the parent: scripts/processes.ts keeps our stdin open while it runs.
  if (process.env.TIERMAP_PARENT_WATCH === '1') process.stdin.on('end', stop).resume();
  console.log(`TIERMAP_PEER_READY ${server.url}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
