/**
 * End-to-end set-up: the real database (shared with integration tests), the built API as a child
 * process and the built web client served by vite preview, each on a free loopback port.
 * The seed map is loaded once. The page's URL reaches the test workers through E2E_WEB_URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureSeed } from '../../graph-seed/src/ensure-seed';
import { ROOT, startApi, startWeb, type Service } from '../../scripts/processes';
import { freePort } from './free-port';
import neo4jGlobalSetup from './neo4j-global-setup';

declare global {
  var __tiermapE2e: Service[] | undefined;
}

export default async function e2eGlobalSetup(): Promise<void> {
  for (const built of ['api/dist/index.js', 'web/dist/index.html']) {
    if (!existsSync(path.join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
  await neo4jGlobalSetup();
  // The web client's tests browse the seed map; load it once (ensureSeed skips it when present).
  await ensureSeed({ ...process.env, LOG_LEVEL: 'warn' });
  const apiPort = await freePort();
  const api = await startApi({
    NEO4J_URI: process.env.NEO4J_URI,
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  });
  const web = await startWeb(await freePort(), `http://127.0.0.1:${apiPort}`);
  globalThis.__tiermapE2e = [web.service, api.service];
  process.env.E2E_API_URL = api.match[1];
  process.env.E2E_WEB_URL = web.match[1];
}
