import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createDriver } from './db/driver';
import { applyMigrations } from './db/migrations';
import { Database } from './db/run-query';
import { createLogger } from './logger';
import { createSchema } from './schema';
import { createServer } from './server';

/** Bootstrap only: config, database, migrations, HTTP. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const db = new Database(createDriver(config.neo4j), logger, config.neo4j.database, {
    retryMs: config.neo4j.retryMs,
    probeTimeoutMs: config.neo4j.connectTimeoutMs,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
  });

  try {
    await db.ping();
  } catch {
    logger.fatal({ uri: config.neo4j.uri }, 'database unreachable at start-up');
    console.error(
      `Cannot reach Neo4j at ${config.neo4j.uri}: start it (npm run db) or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to a running database.`,
    );
    await db.close();
    process.exit(3);
  }
  const applied = await applyMigrations(db);
  logger.info({ migrations: applied }, 'schema migrations applied');

  const server = await createServer({ config, db, logger, schema: await createSchema() });
  await bootstrapAccounts(server, config, logger);
  let url: string;
  try {
    ({ url } = await server.listen(config.port, config.host));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use: stop whatever uses it or set PORT to a free port.`
        : `The API could not listen on ${config.host}:${config.port}: ${(error as Error).message}`,
    );
    await db.close();
    process.exit(4);
  }
  logger.info({ url }, 'Tiermap API ready');
  // Deleted workspaces past their grace period are purged at start and every hour.
  const purge = () =>
    server.workspaces
      .purgeExpired()
      .then((purged) => purged > 0 && logger.info({ purged }, 'deleted workspaces purged'))
      .catch((error: unknown) => logger.warn({ err: String(error) }, 'purging deleted workspaces failed'));
  void purge();
  setInterval(() => void purge(), 3_600_000).unref();
  console.log(`TIERMAP_API_READY ${url}`);

  let stopping = false;
  // On a signal: refuse new requests (503, /readyz too), let those in flight finish (at most 10 s),
  // close the HTTP server, then the driver, and exit. The timer bounds what the drain does not.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight, refusing new ones');
    setTimeout(() => {
      logger.error('shutdown did not finish within 15 s; exiting anyway');
      process.exit(1);
    }, 15_000).unref();
    try {
      await server.stop({ drainMs: 10_000 });
    } catch (error) {
      logger.error({ err: String(error) }, 'stopping the HTTP server failed');
    }
    await db.close().catch((error: unknown) => logger.error({ err: String(error) }, 'closing the driver failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  if (process.env.TIERMAP_PARENT_WATCH === '1') {
    // Started by `npm start` or the tests: stdin is our parent's pipe; end-of-file means it is gone.
    process.stdin.on('end', () => void shutdown('parent exited'));
    process.stdin.resume();
  }
}

/**
 * The first owner: from TIERMAP_ADMIN_EMAIL / TIERMAP_ADMIN_PASSWORD, or, on a loopback address
 * only, a generated password printed once on the console.
 */
async function bootstrapAccounts(
  server: Awaited<ReturnType<typeof createServer>>,
  config: ReturnType<typeof loadConfig>,
  logger: ReturnType<typeof createLogger>,
): Promise<void> {
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(config.host);
  const first = await server.accounts.ensureFirstOwner({
    email: config.auth.adminEmail,
    password: config.auth.adminPassword,
    generate: loopback,
  });
  if (first?.password) {
    console.log(
      [
        '',
        '  Tiermap: first owner created (shown once; change the password after signing in)',
        `    e-mail:   ${first.email}`,
        `    password: ${first.password}`,
        '',
      ].join('\n'),
    );
  } else if (first) {
    logger.info({ email: first.email }, 'first owner created from TIERMAP_ADMIN_EMAIL');
  } else if (!config.auth.adminEmail && !loopback) {
    logger.warn('no accounts yet: set TIERMAP_ADMIN_EMAIL and TIERMAP_ADMIN_PASSWORD to create the first owner');
  }
  if (!config.auth.secret) {
    logger.warn('TIERMAP_SECRET is not set: sign-ins and cursors last only as long as this process');
  }
}

void main();
