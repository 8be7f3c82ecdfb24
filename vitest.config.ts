import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources (no build step in the edit-test loop); the type
    // check (tsc -b) still resolves the packages through their built entries.
    alias: [
      { find: /^@slash\/shared$/, replacement: source('./shared/src/index.ts') },
      { find: /^@slash\/api\/(.*)$/, replacement: source('./api/src/$1.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
