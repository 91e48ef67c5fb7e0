import { defineConfig } from 'vitest/config';

/** Browser tests over the built site (npm run build first): npm run test:e2e */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
