/**
 * Child processes for `npm start` and the end-to-end tests: start a service, wait for the line that
 * says it is ready, and stop everything together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Resolves when a line matches; the match is handed back. */
  ready: RegExp;
  timeoutMs?: number;
  /** Gets every output line, e.g. to echo it with a prefix. */
  onLine?: (line: string) => void;
}

/** A start-up failure meant for a person: one sentence, no stack. */
export class StartError extends Error {}

/** Starts a process and waits until it prints a line matching `ready`. */
export function startService(options: ServiceOptions): Promise<{ service: Service; match: RegExpMatchArray }> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env, TIERMAP_PARENT_WATCH: '1' },
    // Children that honour TIERMAP_PARENT_WATCH exit when this pipe closes, i.e. when we are gone.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const service: Service = {
    name: options.name,
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    let done = false;
    const finish = (error: Error | null, match?: RegExpMatchArray) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        void service.stop();
        reject(error);
      } else if (match) {
        resolve({ service, match });
      }
    };
    const timer = setTimeout(
      () =>
        finish(
          new StartError(
            `${options.name} did not become ready within ${Math.round((options.timeoutMs ?? 120000) / 1000)} s. Last output:\n${tail.join('\n')}`,
          ),
        ),
      options.timeoutMs ?? 120000,
    );
    const onLine = (raw: string) => {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
      options.onLine?.(line);
      tail.push(line);
      if (tail.length > 15) tail.shift();
      const match = line.match(options.ready);
      if (match) finish(null, match);
    };
    eachLine(child.stdout, onLine);
    eachLine(child.stderr, onLine);
    child.once('error', (error) => finish(new StartError(`${options.name} could not be started: ${error.message}`)));
    child.once('exit', (code) =>
      finish(new StartError(`${options.name} exited (code ${code}) before it was ready:\n${tail.join('\n')}`)),
    );
  });
}

function eachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let buffer = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    buffer += chunk;
    for (let index = buffer.indexOf('\n'); index >= 0; index = buffer.indexOf('\n')) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
}

/** True when nothing listens on host:port. */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * Node flags of the API process (the Dockerfile and `npm run bench` give the same): a 64 MiB young
 * generation semi-space instead of V8's 16 MiB. Loading a 10,000-actor graph for the analytics decodes
 * some 100 MB of short-lived driver objects; with the default nursery much of it is copied by
 * scavenges before it dies. Measured on the cold analytics benchmark: graph load and whole request
 * about a quarter faster.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

/** The API process started from its build, ready once it prints its URL. */
export function startApi(env: NodeJS.ProcessEnv, onLine?: (line: string) => void) {
  return startService({
    name: 'API',
    command: process.execPath,
    args: [...API_NODE_FLAGS, path.join(ROOT, 'api', 'dist', 'index.js')],
    env,
    ready: /^TIERMAP_API_READY (\S+)/,
    timeoutMs: 120000,
    ...(onLine ? { onLine } : {}),
  });
}

/** The built web client served by `vite preview` (scripts/serve-web.ts), proxying /graphql to the API. */
export function startWeb(port: number, apiOrigin: string, onLine?: (line: string) => void) {
  return startService({
    name: 'web client',
    command: process.execPath,
    args: [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'serve-web.ts')],
    env: { TIERMAP_API_ORIGIN: apiOrigin, WEB_PORT: String(port) },
    ready: /^TIERMAP_WEB_READY (\S+)/,
    timeoutMs: 60000,
    ...(onLine ? { onLine } : {}),
  });
}
