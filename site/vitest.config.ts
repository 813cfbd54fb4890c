import { defineConfig } from 'vitest/config';

/** Unit tests run in parallel; build, e2e and integration tests share dist/ and run in order. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    // The integration test boots Strapi in-process, which is stable in a worker thread (see cms/vitest.config.ts).
    pool: 'threads',
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
