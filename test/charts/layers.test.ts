/**
 * The chart modules stay pure functions of data and options (docs/charts.md): wording, number
 * formats, links and classification come in as options, from src/charts/format.ts and src/lib/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

// every chart module but format.ts, the site's adapter that builds the options
const DRAWING = ['constants', 'download', 'labels', 'scale', 'series', 'state', 'style', 'svg', 'text', 'timeline'];
const code = (name: string) =>
  readFileSync(join(ROOT, 'src', 'charts', `${name}.ts`), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('chart modules take wording, formats, links and classification as options', () => {
  it.each(DRAWING)('%s.ts imports no language, site data or page code', (name) => {
    const imports = [...code(name).matchAll(/^import[^;]*?from '([^']+)'/gm)].map((m) => m[1]!);
    expect(imports.filter((p) => /\/(i18n|utils|pages|components|scripts)\/|^astro/.test(p))).toEqual([]);
  });

  it.each(DRAWING)('%s.ts has no Chinese wording, locale path or number format of its own', (name) => {
    const c = code(name);
    expect(c).not.toMatch(/\p{Script=Han}/u);
    expect(c).not.toMatch(/['"`]\/en\b/);
    expect(c).not.toMatch(/Intl\.|toLocaleString/);
  });
});
