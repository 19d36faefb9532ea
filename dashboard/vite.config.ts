import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

import { govukFrontendAssets } from './build-tools/govuk-frontend-assets';

/** The dashboard folder: Vite's root, wherever the build is started from. */
const DASHBOARD_ROOT = fileURLToPath(new URL('.', import.meta.url));

/** Where the API runs in development; the dev server forwards /graphql to it. */
const API_ORIGIN = 'http://localhost:4000';

/** Vite configuration for the dashboard; build from the repository root with `npx vite build --config dashboard/vite.config.ts`. */
export default defineConfig({
  root: DASHBOARD_ROOT,
  base: '/',
  plugins: [govukFrontendAssets()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // ws: session subscriptions run over a WebSocket on the same path.
    proxy: { '/graphql': { target: API_ORIGIN, changeOrigin: true, ws: true } },
  },
});
