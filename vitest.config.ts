import { defineConfig } from 'vitest/config';

/**
 * Test projects (the label Vitest prints before each file):
 * - unit: ingest stages, pipeline, CLI, charts, content, libraries: no build needed;
 * - site: checks of the built site in dist/ (run `npm run build` first; without dist/ they stop with that message);
 * - maintainer: a maintainer adds a document to a scratch copy and builds it there (slow, no dist/ needed);
 * - browser: Chromium over dist/ (vitest.e2e.config.ts; `npm run test:e2e`, after `npm run build`).
 * `npm test` runs unit, site and maintainer.
 */
export default defineConfig({
  test: {
    testTimeout: 30000,
    // Hooks ingest or build fixtures; on a loaded machine (CI shares its cores) 10 s is too little.
    hookTimeout: 60000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/maintainer/**', 'test/e2e/**'] } },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.test.ts'], setupFiles: ['test/setup-built-site.ts'] } },
      { extends: true, test: { name: 'maintainer', include: ['test/maintainer/**/*.test.ts'] } },
      './vitest.e2e.config.ts',
    ],
  },
});
