import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // The router serves dist/ under /graphiql/ (index.html itself at /graphql).
  base: '/graphiql/',
  // No @vitejs/plugin-react: Oxc's automatic JSX runtime is enough (no HMR needed).
  oxc: { jsx: { runtime: 'automatic' } },
  // ES workers: Monaco's workers may code-split, which IIFE workers cannot.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is big; the warning is noise for an internal tool.
    chunkSizeWarningLimit: 8000,
    // React libs ship "use client" directives; meaningless in a client-only bundle.
    rolldownOptions: { checks: { moduleLevelDirective: false } },
  },
});
