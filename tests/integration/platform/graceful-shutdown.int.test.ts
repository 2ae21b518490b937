/**
 * The built API as a process, stopped with SIGTERM while a request is in flight: that request is
 * served to the end, a new one is refused with a 503 JSON error (and /readyz says 503, so a proxy
 * stops sending), and the process then exits with code 0.
 */
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApi } from '../../../scripts/processes';
import { freePort } from '../../helpers/free-port';

const HEALTH = JSON.stringify({ query: '{ health { status } }' });

/** A POST whose body is sent in two parts: the server holds the request in flight until `finish`. */
function slowPost(url: URL, body: string) {
  let finish = () => undefined as void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10));
    finish = () => void req.end(body.slice(10));
  });
  return { answer, finish: () => finish() };
}

describe('the API process on SIGTERM', () => {
  it('finishes the request in flight, answers new ones 503 in JSON, then exits 0', async () => {
    const { service, match } = await startApi({
      NEO4J_URI: process.env.NEO4J_URI,
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    });
    const url = new URL(match[1]!);
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', (code) => resolve(code)));
    try {
      const inFlight = slowPost(url, HEALTH);
      await sleep(300); // the server has the request's head: it is in flight
      const signalled = performance.now();
      service.child.kill('SIGTERM');
      await sleep(300);

      const refused = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: HEALTH,
      });
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      const ready = await fetch(new URL('/readyz', url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable' });

      inFlight.finish();
      const served = await inFlight.answer;
      expect(served.status).toBe(200);
      expect(JSON.parse(served.body)).toEqual({ data: { health: { status: 'OK' } } });

      const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout' as const)]);
      expect(code).toBe(0);
      console.log(`graceful shutdown: exited ${Math.round(performance.now() - signalled)} ms after SIGTERM`);
      await expect(fetch(url, { method: 'POST', body: HEALTH })).rejects.toThrow();
    } finally {
      if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
    }
  });
});
