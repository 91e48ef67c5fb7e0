import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium.ts';
import { ROOT } from '../helpers.ts';

describe('Chromium launch settings', () => {
  it('take the binary from CHROMIUM_PATH, else Debian’s', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('are written once: no other script or test spells out the flags', () => {
    expect(CHROMIUM_FLAGS).toContain('--no-sandbox');
    // (a scratch copy of the repository may leave bench/ out)
    const files = ['scripts', 'bench', 'test'].filter((dir) => existsSync(join(ROOT, dir))).flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => join(dir, f)));
    const copies = files.filter((f) => f !== join('test', 'e2e', 'chromium.ts') && f !== join('test', 'unit', 'chromium.test.ts') && readFileSync(join(ROOT, f), 'utf8').includes("'--no-sandbox'"));
    expect(copies).toEqual([]);
  });
});
