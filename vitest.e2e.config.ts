import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time on these 2-core machines.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/support/build-client.ts'],
    pool: 'forks',
    fileParallelism: false,
    // Generous: a busy 2-core machine can be ten times slower than a quiet one.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
