import { defineConfig } from 'vitest/config';

// Browser tests: two files at a time (each its own server and Chromium); on these 2-core machines that
// takes 5 min instead of 7, as the browser and the server wait on each other much of the time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/support/build-client.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // Generous: a busy 2-core machine can be ten times slower than a quiet one.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
