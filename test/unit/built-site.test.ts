/** test/built-site.ts: the site and browser tests stop with one line when there is no built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltSite } from '../built-site.ts';
import { tempDir } from '../ingest/fs-faults.ts';

describe('requireBuiltSite', () => {
  it('says to run npm run build, in one line without a stack, when dist/ is missing or incomplete', () => {
    const empty = tempDir('no-dist-');
    expect(() => requireBuiltSite(join(empty, 'dist'))).toThrow(/^no built site \(dist\/ lacks index\.html, data\/policies\.json, pagefind\/pagefind\.js\): run `npm run build` first$/);
    try {
      requireBuiltSite(empty);
    } catch (e) {
      expect((e as Error).stack).not.toMatch(/\n/);
    }
    writeFileSync(join(empty, 'index.html'), '');
    mkdirSync(join(empty, 'data'));
    writeFileSync(join(empty, 'data', 'policies.json'), '[]');
    expect(() => requireBuiltSite(empty)).toThrow(/lacks pagefind\/pagefind\.js\)/);
  });

  it('accepts a built site', () => {
    const site = tempDir('dist-');
    for (const f of ['index.html', 'data/policies.json', 'pagefind/pagefind.js']) {
      mkdirSync(join(site, f, '..'), { recursive: true });
      writeFileSync(join(site, f), '');
    }
    expect(() => requireBuiltSite(site)).not.toThrow();
  });
});
