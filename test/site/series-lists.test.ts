/** The targets page's lists under the series charts write numbers with the locale's units (200亿元, CNY 20 billion), never as raw base units. Run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';

const figcaptions = (html: string) => [...html.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('\n');

describe('series point lists', () => {
  it('Chinese: 万 and 亿 as the documents write them; no number of eight digits or more', () => {
    const text = figcaptions(readFileSync(join(DIST, 'targets', 'index.html'), 'utf8'));
    expect(text).toContain('200亿元');
    expect(text).not.toMatch(/\d{8,}/);
  });
  it('English: CNY 20 billion, grouped digits, no raw base units', () => {
    const text = figcaptions(readFileSync(join(DIST, 'en', 'targets', 'index.html'), 'utf8'));
    expect(text).toContain('CNY 20 billion');
    expect(text).not.toMatch(/\d{5,}|元/);
  });
});
