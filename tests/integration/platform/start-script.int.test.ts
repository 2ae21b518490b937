/**
 * `npm start` failure paths: each must end with one clear sentence and a non-zero exit, and leave
 * nothing running. (The happy path is exercised by hand and by the e2e set-up, which uses the same
 * process helpers.)
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../../helpers/free-port';

const ROOT = path.resolve(__dirname, '../../..');

function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/start.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function occupy(port: number): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('npm start', () => {
  it('stops with one sentence when the database port is taken', async () => {
    const bolt = await freePort();
    const blocker = await occupy(bolt);
    try {
      const { code, output } = await runStart({
        NEO4J_BOLT_PORT: String(bolt),
        PORT: String(await freePort()),
        WEB_PORT: String(await freePort()),
      });
      expect(code).not.toBe(0);
      expect(output).toContain(`Port ${bolt}, needed by the local Neo4j, is already in use`);
      expect(output).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      blocker.close();
    }
  });

  it('stops with one sentence when NEO4J_URI points at nothing', async () => {
    const dead = await freePort();
    const { code, output } = await runStart({
      NEO4J_URI: `bolt://127.0.0.1:${dead}`,
      PORT: String(await freePort()),
      WEB_PORT: String(await freePort()),
      NEO4J_CONNECT_TIMEOUT_MS: '1000',
    });
    expect(code).not.toBe(0);
    expect(output).toContain(`✖ Cannot reach Neo4j at bolt://127.0.0.1:${dead}`);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('stops with one sentence when the API port is taken', async () => {
    const apiPort = await freePort();
    const blocker = await occupy(apiPort);
    try {
      const { code, output } = await runStart({ PORT: String(apiPort), WEB_PORT: String(await freePort()) });
      expect(code).not.toBe(0);
      expect(output).toContain(`Port ${apiPort}, needed by the API, is already in use`);
    } finally {
      blocker.close();
    }
  });
});
