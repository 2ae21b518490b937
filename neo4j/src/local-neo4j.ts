/**
 * Starts the local Neo4j (the Java launcher in this folder) and resolves once it accepts Bolt
 * connections. Used by `npm start`, `npm run db` and the test harness when NEO4J_URI is not set.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const READY = 'TIERMAP_NEO4J_READY';
const ERROR = 'TIERMAP_NEO4J_ERROR';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Data directory; created if missing. */
  dataDir: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** How long to wait for the database to become available. */
  startTimeoutMs?: number;
  /** Receives every line the launcher prints (logs are otherwise dropped). */
  onLine?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Stops the database cleanly (SIGTERM) and resolves when the process has exited. */
  stop(): Promise<void>;
}

/** A start-up failure with one sentence meant for a person. */
export class LocalNeo4jError extends Error {}

export function launcherPaths() {
  const projectDir = path.resolve(__dirname, '..');
  return {
    projectDir,
    classesDir: path.join(projectDir, 'target', 'classes'),
    classpathFile: path.join(projectDir, 'target', 'classpath.txt'),
    launcherSource: path.join(projectDir, 'src', 'main', 'java', 'org', 'tiermap', 'neo4j', 'Launcher.java'),
  };
}

/** Exits with `sentence` when `command` cannot be run. */
export function requireTool(command: string, args: string[], sentence: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    console.error(`[neo4j] ${sentence}`);
    process.exit(1);
  }
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

/** Starts the database and waits until it is available. */
export function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const paths = launcherPaths();
  if (!existsSync(paths.classpathFile)) {
    return Promise.reject(
      new LocalNeo4jError(
        'the Neo4j launcher is not built yet: run `npm run build -w neo4j` (it needs Java 17 and Maven).',
      ),
    );
  }
  const classpath = `${paths.classesDir}${path.delimiter}${readFileSync(paths.classpathFile, 'utf8').trim()}`;
  const heap = options.heapMb ?? 768;
  const child = spawn(
    'java',
    [`-Xms${Math.min(256, heap)}m`, `-Xmx${heap}m`, ...JVM_FLAGS, '-cp', classpath, 'org.tiermap.neo4j.Launcher'],
    {
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(options.port),
        NEO4J_DATA_DIR: options.dataDir,
        NEO4J_PAGECACHE_MB: String(options.pageCacheMb ?? 256),
        TIERMAP_PARENT_WATCH: '1',
      },
      // The database exits when this pipe closes, i.e. when this process is gone.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  return waitForReady(child, options);
}

function waitForReady(child: ChildProcess, options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const tail: string[] = [];
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const settle = (error: Error | null, uri?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
        return;
      }
      resolve({
        uri: uri ?? '',
        pid: child.pid ?? -1,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    const timer = setTimeout(
      () =>
        settle(
          new LocalNeo4jError(
            `the local Neo4j did not become available within ${Math.round((options.startTimeoutMs ?? 180000) / 1000)} s; see ${options.dataDir}/logs/debug.log`,
          ),
        ),
      options.startTimeoutMs ?? 180000,
    );
    const onLine = (line: string) => {
      options.onLine?.(line);
      tail.push(line);
      if (tail.length > 20) tail.shift();
      if (line.startsWith(READY)) settle(null, line.slice(READY.length).trim());
      if (line.startsWith(ERROR))
        settle(new LocalNeo4jError(`the local Neo4j could not start: ${line.slice(ERROR.length).trim()}.`));
    };
    splitLines(child.stdout, onLine);
    splitLines(child.stderr, onLine);
    child.once('error', (error: NodeJS.ErrnoException) =>
      settle(
        new LocalNeo4jError(
          error.code === 'ENOENT'
            ? 'Java was not found: install OpenJDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to an existing database.'
            : `the local Neo4j could not be started: ${error.message}.`,
        ),
      ),
    );
    child.once('exit', (code) =>
      settle(
        new LocalNeo4jError(
          `the local Neo4j exited with code ${code} before it was ready. Last output:\n${tail.join('\n')}`,
        ),
      ),
    );
  });
}

function splitLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let buffer = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    buffer += chunk;
    let index = buffer.indexOf('\n');
    while (index >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
      index = buffer.indexOf('\n');
    }
  });
}
