import { fileURLToPath } from 'node:url';

import { defineConfig, type Plugin } from 'vite';

/** The dashboard folder: Vite's root, wherever the build is started from. */
const DASHBOARD_ROOT = fileURLToPath(new URL('.', import.meta.url));

/** Where the API runs in development; the dev server forwards /graphql to it. */
const API_ORIGIN = 'http://localhost:4000';

/**
 * GOV.UK Frontend's precompiled CSS points at its fonts and images with root-absolute URLs
 * (`/assets/fonts/…`), which only work if those files are copied to /assets by hand. Rewriting them
 * to paths relative to the CSS file, where the package keeps them, lets Vite resolve, hash and emit
 * them with the rest of the build, so the built output is self-contained.
 */
function govukFrontendAssets(): Plugin {
  return {
    name: 'touchstone:govuk-frontend-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!/govuk-frontend[\\/]dist[\\/]govuk[\\/]govuk-frontend\.min\.css(\?|$)/.test(id)) return null;
      return { code: code.replaceAll('url(/assets/', 'url(./assets/'), map: null };
    },
  };
}

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
    proxy: { '/graphql': { target: API_ORIGIN, changeOrigin: true } },
  },
});
