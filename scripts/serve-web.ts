/**
 * Serves the built web client with `vite preview`, proxying /graphql to TIERMAP_API_ORIGIN.
 * Run as a child of `npm start` or the e2e tests; exits when its parent's stdin pipe closes.
 */
import path from 'node:path';
import { preview } from 'vite';

async function main(): Promise<void> {
  const port = Number(process.env.WEB_PORT ?? 5173);
  const server = await preview({
    root: path.resolve(__dirname, '..', 'web'),
    configFile: path.resolve(__dirname, '..', 'web', 'vite.config.ts'),
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`TIERMAP_WEB_READY ${url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (process.env.TIERMAP_PARENT_WATCH === '1') {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }
}

main().catch((error: Error & { code?: string }) => {
  console.error(
    error.code === 'EADDRINUSE' || /already in use/.test(error.message)
      ? `Port ${process.env.WEB_PORT ?? 5173} is already in use: stop what uses it or set WEB_PORT to a free port.`
      : `The web client could not be served: ${error.message}`,
  );
  process.exit(1);
});
