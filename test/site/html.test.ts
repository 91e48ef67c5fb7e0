/** The built HTML passes html-validate (config: .htmlvalidate.json, documented in docs/quality.md). Run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { htmlPages, ROOT } from '../helpers.ts';

const DIST = join(ROOT, 'dist');
const files = htmlPages;

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
