import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * dist/ also holds dist/types from `tsc -b` (the test project reads those declarations), so the build
 * clears only its own outputs instead of emptying the whole directory.
 */
function cleanPreviousBuild(): Plugin {
  return {
    name: 'slash-clean-previous-build',
    apply: 'build',
    buildStart() {
      for (const path of ['dist/assets', 'dist/index.html']) {
        rmSync(fileURLToPath(new URL(path, import.meta.url)), { recursive: true, force: true });
      }
    },
  };
}

// The API serves index.html at /b/:token and /m/:token and the hashed assets under /assets-booking/
// (api/src/booking-page/routes.ts). No inline scripts: the page must run under the API's CSP.
//
// Written against React's API, run on Preact through preact/compat: measured 2026-05, the same page
// is 77.9 KB gzipped on React 19 and 17.9 KB on Preact, against an 80 KB budget. Dropping the aliases
// (and adding react + react-dom back) switches to React with no code change.
export default defineConfig({
  base: '/assets-booking/',
  plugins: [react(), cleanPreviousBuild()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
