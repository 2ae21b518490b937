/** The built API as a process: it must stop cleanly and promptly when asked (SIGTERM, SIGINT). */
import { startApi } from '../../../scripts/processes';
import { freePort } from '../../helpers/free-port';

describe('the API process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('exits with code 0 within 10 s of %s', async (signal) => {
    const { service, match } = await startApi({
      NEO4J_URI: process.env.NEO4J_URI,
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    });
    const answer = await fetch(match[1]!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(answer.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', (code) => resolve(code)));
    service.child.kill(signal);
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10000)),
    ]);
    if (code === 'timeout') service.child.kill('SIGKILL');
    expect(code).toBe(0);
  });
});
