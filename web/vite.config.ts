import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client calls /graphql on its own origin; dev and preview servers proxy it to the API,
// so no CORS set-up is needed locally. TIERMAP_API_ORIGIN points elsewhere when needed.
const apiOrigin = process.env.TIERMAP_API_ORIGIN ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: apiOrigin, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
