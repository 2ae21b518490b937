/** `npm run db`: the local Neo4j alone, in the foreground, until Ctrl-C. */
import path from 'node:path';
import { startLocalNeo4j, LocalNeo4jError } from '../neo4j/src/local-neo4j';
import { ROOT } from './processes';

async function main(): Promise<void> {
  const port = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
  try {
    const db = await startLocalNeo4j({ port, dataDir: path.join(ROOT, '.data', 'neo4j') });
    console.log(`Neo4j is running at ${db.uri} (data in .data/neo4j). Press Ctrl-C to stop.`);
    const stop = () => void db.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`✖ ${error instanceof LocalNeo4jError ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
