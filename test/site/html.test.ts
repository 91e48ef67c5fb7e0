/** The built HTML passes html-validate (config: .htmlvalidate.json, documented in docs/quality.md). Run `npm run build` first. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const DIST = join(ROOT, 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f.startsWith('pagefind') ? [] : files(p);
    return p.endsWith('.html') ? [p] : [];
  });

describe('html-validate', () => {
  it('every page of dist/ is valid', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const file of files(DIST)) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file.slice(DIST.length)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  }, 120000);
});
