/** astro.config.mjs: caches stay inside the checkout (never in a possibly shared node_modules), output goes where the build script says. */
import { isAbsolute, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { ROOT } from '../helpers.ts';

describe('astro.config.mjs', () => {
  it('keeps the Astro and Vite caches inside the project, outside node_modules', () => {
    for (const dir of [config.cacheDir, config.vite?.cacheDir]) {
      expect(typeof dir).toBe('string');
      const rel = relative(ROOT, resolve(ROOT, dir as string));
      expect(rel.startsWith('..') || isAbsolute(rel)).toBe(false);
      expect(rel.split(/[\\/]/)).not.toContain('node_modules');
    }
  });

  it('builds into dist/ unless OUT_DIR names the staging folder', () => {
    expect(config.outDir).toBe(process.env.OUT_DIR ?? './dist');
  });
});
