/**
 * `npm start`: the local Neo4j (unless NEO4J_URI is set), the API on :4000 and the web client on
 * :5173, stopped together on Ctrl-C. Every failure ends with one sentence saying what to do.
 */
import path from 'node:path';
import { startLocalNeo4j, LocalNeo4jError, type LocalNeo4j } from '../neo4j/src/local-neo4j';
import { ensureSeed } from '../graph-seed/src/ensure-seed';
import { portIsFree, ROOT, startApi, startWeb, StartError, type Service } from './processes';

const API_PORT = Number(process.env.PORT ?? 4000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const BOLT_PORT = Number(process.env.NEO4J_BOLT_PORT ?? 7687);

const stoppers: Array<() => Promise<void>> = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  }
  process.exit(code);
}

function fail(sentence: string): Promise<never> {
  console.error(`\n✖ ${sentence}`);
  return stopAll(1);
}

function watch(service: Service): void {
  service.child.once('exit', (code) => {
    if (!stopping)
      void fail(`${service.name} stopped unexpectedly (exit code ${code}); everything else has been stopped.`);
  });
  stoppers.push(() => service.stop());
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  for (const [port, name, variable] of [
    [API_PORT, 'the API', 'PORT'],
    [WEB_PORT, 'the web client', 'WEB_PORT'],
  ] as const) {
    if (!(await portIsFree(port))) {
      return fail(
        `Port ${port}, needed by ${name}, is already in use: stop what uses it or set ${variable} to a free port.`,
      );
    }
  }

  const env: NodeJS.ProcessEnv = { PORT: String(API_PORT) };
  if (process.env.NEO4J_URI) {
    console.log(`• Using the Neo4j at ${process.env.NEO4J_URI} (NEO4J_URI is set).`);
  } else {
    if (!(await portIsFree(BOLT_PORT))) {
      return fail(
        `Port ${BOLT_PORT}, needed by the local Neo4j, is already in use: stop what uses it (another Neo4j?), set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that database.`,
      );
    }
    console.log('• Starting the local Neo4j Community 5.26…');
    const started = Date.now();
    let db: LocalNeo4j;
    try {
      db = await startLocalNeo4j({ port: BOLT_PORT, dataDir: path.join(ROOT, '.data', 'neo4j') });
    } catch (error) {
      return fail(
        error instanceof LocalNeo4jError ? error.message : `The local Neo4j could not start: ${String(error)}`,
      );
    }
    stoppers.push(() => db.stop());
    console.log(`  Neo4j ready at ${db.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    env.NEO4J_URI = db.uri;
  }

  console.log('• Starting the API…');
  try {
    const { service, match } = await startApi(env, (line) => {
      if (!line.startsWith('{')) console.log(`  [api] ${line}`);
    });
    watch(service);
    console.log(`  API ready at ${match[1]}`);
  } catch (error) {
    return fail(error instanceof StartError ? lastSentence(error.message) : String(error));
  }

  console.log('• Checking the seed map…');
  try {
    const message = await ensureSeed({ ...process.env, ...env });
    console.log(`  ${message.split('\n').join('\n  ')}`);
  } catch (error) {
    return fail(`The seed map could not be loaded: ${(error as Error).message}`);
  }

  console.log('• Starting the web client…');
  try {
    const { service } = await startWeb(WEB_PORT, `http://127.0.0.1:${API_PORT}`);
    watch(service);
  } catch (error) {
    return fail(error instanceof StartError ? error.message : String(error));
  }

  console.log(`\n✔ Tiermap is running.
    Web client   http://localhost:${WEB_PORT}
    GraphQL API  http://localhost:${API_PORT}/graphql
    Database     ${env.NEO4J_URI ?? process.env.NEO4J_URI}
    Sign in      with the first owner printed above when the database was new (or the one from
                 TIERMAP_ADMIN_EMAIL / TIERMAP_ADMIN_PASSWORD); \`npm run account -- reset-password <e-mail>\`
                 prints a new password if it is lost. Public maps need no account.
  Press Ctrl-C to stop everything.`);
}

/** The API prints its own one-sentence reason last; show that rather than the whole log. */
function lastSentence(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() && !line.startsWith('{'));
  return lines.at(-1) ?? message;
}

void main();
