import { defineConfig } from 'vitest/config';

/** The publishing service's own tests (fake and real builders, releases, search index, HTTP): independent files, run in parallel. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
