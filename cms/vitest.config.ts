import { defineConfig } from 'vitest/config';
import { isDatabaseConnectionError } from './src/resilience/database-rejections';

/**
 * CMS tests boot Strapi in-process (one instance at a time: Strapi keeps global state),
 * so files run one after another. The threads pool is used because a forked worker was
 * seen exiting mid-test under Strapi (IPC channel), while a worker thread is stable.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Strapi and its dependencies are CommonJS: load them natively, never through Vite.
    server: { deps: { external: [/@strapi\//, /node_modules/] } },
    // What the CMS's own guard (src/resilience/database-rejections.ts) logs and survives in
    // production is not a test failure: a lost database connection in Strapi's background work.
    onUnhandledError: (error: unknown) => !isDatabaseConnectionError(error),
  },
});
