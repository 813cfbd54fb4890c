import { defineConfig } from 'vitest/config';

/** Unit tests run quickly; the publishing integration test boots Strapi in-process (threads pool, one file at a time). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
