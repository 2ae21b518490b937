import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { DEFAULT_GRAPHQL_URL, DEFAULT_WORKSPACE } from './src/config/defaults.ts';
import { MapGraphDocument } from './src/gql/graphql.ts';
import { earlyMapRequestScript } from './src/lib/early-map-request.ts';
import { DEFAULT_AGGREGATE_ABOVE } from './src/lib/map-aggregation.ts';

// The client calls /graphql and the file routes (/import/…, /export) on its own origin; dev and
// preview servers proxy them to the API, so no CORS set-up is needed locally. TIERMAP_API_ORIGIN
// points elsewhere when needed.
const apiOrigin = process.env.TIERMAP_API_ORIGIN ?? 'http://127.0.0.1:4000';
const toApi = { target: apiOrigin, changeOrigin: true };
const proxy = { '/graphql': toApi, '/import/': toApi, '^/export(\\?.*)?$': toApi };

/** Inlines the map's first request into index.html's head, at its placeholder (see src/lib/early-map-request.ts). */
function earlyMapRequest(): Plugin {
  let url = DEFAULT_GRAPHQL_URL;
  return {
    name: 'tiermap-early-map-request',
    configResolved(config) {
      url = (config.env.VITE_GRAPHQL_URL as string | undefined) ?? DEFAULT_GRAPHQL_URL;
    },
    transformIndexHtml(html) {
      const script = earlyMapRequestScript({
        url,
        query: MapGraphDocument.toString(),
        defaultWorkspace: DEFAULT_WORKSPACE,
        wholeUpTo: DEFAULT_AGGREGATE_ABOVE,
      });
      // After the charset (which must come in the first 1,024 bytes), before the bundle and the styles.
      const placeholder = /<!-- early-map-request:[^>]*-->/;
      if (!placeholder.test(html)) throw new Error('index.html has no <!-- early-map-request: --> placeholder');
      return html.replace(placeholder, () => `<script>\n${script}\n</script>`);
    },
  };
}

export default defineConfig({
  plugins: [react(), earlyMapRequest()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
