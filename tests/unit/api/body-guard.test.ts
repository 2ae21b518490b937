/**
 * guardRequestBody (api/src/http-limits.ts) on a bare Node server: a stalled body is answered 408,
 * and a complete body that waits before it is read (a request waiting its turn in the request gate)
 * is not cut off, however long it waits.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { guardRequestBody } from '../../../api/src/http-limits';

const IDLE_MS = 200;

/** A server that waits `waitMs` before reading the body, then echoes its length. */
function startServer(waitMs: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (guardRequestBody(req, res, IDLE_MS)) return;
    setTimeout(() => {
      let length = 0;
      req.on('data', (chunk: Buffer) => (length += chunk.length));
      req.on('end', () => {
        if (res.headersSent) return;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ length }));
      });
    }, waitMs);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Sends raw bytes and resolves with everything the server wrote before closing. */
function exchange(server: Server, head: string, body: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head + body));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n\r\n') && /\}$/.test(answer)) socket.end();
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the request body guard', () => {
  let servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    servers = [];
  });

  it('does not cut off a complete body that waits several idle periods before it is read', async () => {
    const server = await startServer(IDLE_MS * 4);
    servers.push(server);
    const body = JSON.stringify({ query: '{ health { status } }' });
    const answer = await exchange(
      server,
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      body,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain(`{"length":${body.length}}`);
  });

  it('answers a body that stalls 408 REQUEST_TIMEOUT in JSON and closes the connection', async () => {
    const server = await startServer(0);
    servers.push(server);
    const answer = await exchange(
      server,
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
      '{"query":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
  });
});
