import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:app` talks to a router already running here (npm start).
const router = process.env.ROUTER_URL ?? 'http://localhost:4000';

export default defineConfig({
  root,
  // The router serves dist/ at / (index.html for every app path, assets under /assets/).
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // Queries over HTTP, subscriptions over WebSocket: both at /graphql on the router.
      '/graphql': { target: router, ws: true, changeOrigin: true },
      // Report files (GET /reports/{id}/download).
      '/reports': { target: router, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React libs ship "use client" directives; meaningless in a client-only bundle.
    rolldownOptions: { checks: { moduleLevelDirective: false } },
  },
});
