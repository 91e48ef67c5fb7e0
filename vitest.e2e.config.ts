import { defineConfig } from 'vitest/config';

/** Browser tests over the built site (npm run build first): npm run test:e2e, or the `browser` project of vitest.config.ts. */
export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/e2e/**/*.test.ts'],
    setupFiles: ['test/setup-built-site.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
